import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { buildIndex } from '../../model/indices';
import { loadModelFromFile } from '../../model/load';
import { selectModelIndex, useStore } from '../../store/store';

const NAM_PAGE =
  'https://nam.edu/clinicianwellbeing/resources/factors-affecting-clinician-well-being-and-resilience-conceptual-model/';

/** What the model is, where it comes from, what it is not, and where to get help. */
export default function About() {
  const index = useStore(selectModelIndex);
  const source = index?.model.source;
  return (
    <article className="about">
      <h1>About this explorer</h1>
      <p>
        The Clinician Well-Being Explorer is an interactive, accessible version of the conceptual
        model <cite>Factors Affecting Clinician Well-Being and Resilience</cite>, developed by the
        National Academy of Medicine (NAM) Action Collaborative on Clinician Well-Being and
        Resilience. The model puts clinician well-being at the centre, links it to the
        clinician–patient relationship and to patient well-being, and surrounds it with seven
        domains of external and individual factors that shape it.
      </p>
      <p className="notice notice--info">
        <strong>This app is based on the NAM model and is not an NAM product.</strong> The NAM did
        not make or endorse it. Descriptions and summaries here are our own words.
      </p>
      <h2>For understanding, not diagnosis</h2>
      <p>
        The model helps people see the many things that bear on clinicians&rsquo; well-being. It is
        not a test, a screening tool or a diagnosis, and nothing here assesses you. Nothing you do
        in this app leaves your device.
      </p>
      <h2>Source</h2>
      <p className="citation">
        {source?.citation ??
          'Brigham T, Barden C, Dopp AL, Hengerer A, Kaplan J, Malone B, Martin C, McHugh M, Nora LM. A Journey to Construct an All-Encompassing Conceptual Model of Factors Affecting Clinician Well-Being and Resilience. NAM Perspectives. Discussion Paper, National Academy of Medicine, Washington, DC. 2018.'}{' '}
        {(source?.doi ?? '10.31478/201801b') && (
          <a href={`https://doi.org/${source?.doi ?? '10.31478/201801b'}`}>
            doi:{source?.doi ?? '10.31478/201801b'}
          </a>
        )}
      </p>
      <p>
        <a href={NAM_PAGE} target="_blank" rel="noopener noreferrer">
          The model on the NAM website
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <h2 id="crisis">If you need help now</h2>
      <p>
        In the United States, call or text <strong>988</strong> to reach the 988 Suicide &amp;
        Crisis Lifeline, any time. US physicians and medical students can call the Physician Support
        Line at 1-888-409-0141. Outside the US, call your local emergency number or your
        country&rsquo;s crisis line.
      </p>
      <ModelLoader />
      <p>
        <Link to="/">Back to the explorer</Link>
      </p>
    </article>
  );
}

/** Opens a person's own model, from a web address or a file, validated before it is shown. */
function ModelLoader() {
  const navigate = useNavigate();
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');
  const onUrl = (e: FormEvent) => {
    e.preventDefault();
    if (url.trim()) navigate(`/?model=${encodeURIComponent(url.trim())}`);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus(`Checking ${file.name}…`);
    const result = await loadModelFromFile(file);
    const store = useStore.getState();
    if (result.ok) {
      store.modelLoaded({ index: buildIndex(result.value), source: file.name });
      setStatus(`${file.name} is open.`);
      navigate('/');
    } else {
      store.importFailed(result.error);
      setStatus(`${file.name} could not be opened; see the message above.`);
    }
  };
  return (
    <section aria-labelledby="own-model">
      <h2 id="own-model">Explore your own model</h2>
      <p>
        Any model written in the same format opens here, with its own domains and factors. The
        format is described by <a href="/model.schema.json">model.schema.json</a>. A model is
        checked before it is shown; if it has problems you will see each one and where it is, and
        the model you had stays on show.
      </p>
      <form onSubmit={onUrl} className="inline-form">
        <label htmlFor="model-url">Model address (URL)</label>
        <input
          id="model-url"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://example.org/my-model.json"
        />
        <button type="submit">Open</button>
      </form>
      <p>
        <label htmlFor="model-file">Or open a file from this device: </label>
        <input
          id="model-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </p>
      <p aria-live="polite">{status}</p>
    </section>
  );
}
