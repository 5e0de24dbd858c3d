import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { openModelFile } from '../../app/data';
import './import.css';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/**
 * Drop a model file anywhere on the page to open it: it goes through the same checks as any other
 * (size limit, worker, validation, the banner that says whose it is); the model on show stays
 * until a valid one replaces it.
 */
export default function DropZone() {
  const [over, setOver] = useState(false);
  const navigate = useNavigate();
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overPage = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) void openModelFile(file).then((opened) => opened && navigate('/'));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overPage);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('drop', drop);
    };
  }, [navigate]);
  if (!over) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>Drop a model file (JSON) to open it</p>
    </div>
  );
}
