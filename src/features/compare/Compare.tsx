import { useEffect, useMemo, useState } from 'react';
import { WithModel } from '../../app/WithModel';
import { useSearchParams } from 'react-router-dom';
import teamExampleUrl from '../../../data/examples/team-well-being.json?url';
import { Diagram } from '../../diagram/Diagram';
import { checkModelAddress, quoteAddress } from '../../model/address';
import { buildIndex, type ModelIndex } from '../../model/indices';
import { openUntrusted } from '../../model/openClient';
import { shorten } from '../../model/origin';
import { CHANGE_MARK, CompareLayer } from './CompareLayer';
import { compareModels, marksFor, type ChangeKind, type ModelChange } from './diff';
import './compare.css';

type Other =
  | { status: 'none' }
  | { status: 'loading'; name: string }
  | { status: 'consent'; url: string; host: string }
  | { status: 'ready'; index: ModelIndex; name: string }
  | { status: 'error'; text: string };

/** Put another model beside the one on show: what was added, removed, renamed or moved. */
export default function Compare() {
  return <WithModel>{(index) => <CompareView index={index} />}</WithModel>;
}

const toOther = (result: Awaited<ReturnType<typeof openUntrusted>>, name: string): Other =>
  !result
    ? { status: 'none' }
    : result.ok
      ? { status: 'ready', index: buildIndex(result.value), name }
      : {
          status: 'error',
          text: `Could not open ${quoteAddress(result.error.source)}. ${result.error.summary} ${result.error.issues
            .slice(0, 5)
            .map((i) => `${i.path}: ${i.message}.`)
            .join(' ')}`,
        };

function CompareView({ index }: { index: ModelIndex }) {
  const [params, setParams] = useSearchParams();
  const withParam = params.get('with');
  const address = useMemo(
    () => (withParam ? checkModelAddress(withParam, location.href) : null),
    [withParam],
  );
  const [agreed, setAgreed] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<{ key: string; other: Other } | null>(null);
  // A link opens at once when it is on this site, else once the person agrees.
  const wanted = address?.ok && (address.sameOrigin || agreed === address.url) ? address.url : null;
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    void openUntrusted({ kind: 'url', url: wanted }, controller.signal).then(
      (result) => result && setLoaded({ key: wanted, other: toOther(result, wanted) }),
    );
    return () => controller.abort();
  }, [wanted]);
  const openFile = async (file: File) => {
    setParams({});
    const key = `file:${file.name}:${file.lastModified}`;
    setLoaded({ key, other: { status: 'loading', name: file.name } });
    const result = await openUntrusted(
      { kind: 'file', file, name: file.name },
      new AbortController().signal,
    );
    setLoaded({ key, other: toOther(result, file.name) });
  };
  const other: Other =
    address && !address.ok
      ? { status: 'error', text: address.reason }
      : address?.ok && !wanted
        ? { status: 'consent', url: address.url, host: address.host }
        : wanted
          ? loaded?.key === wanted
            ? loaded.other
            : { status: 'loading', name: wanted }
          : (loaded?.other ?? { status: 'none' });

  const otherIndex = other.status === 'ready' ? other.index : null;
  const changes = useMemo(
    () => (otherIndex ? compareModels(index.model, otherIndex.model) : []),
    [index, otherIndex],
  );
  return (
    <article className="compare">
      <h1>Compare two models</h1>
      <p>
        The model on show, <strong>{shorten(index.model.title)}</strong>, beside another: domains
        and factors added, removed, renamed or moved. Another model&rsquo;s text is its
        author&rsquo;s.
      </p>
      <p className="inline-form">
        <label htmlFor="compare-file">Compare with a model file</label>
        <input
          id="compare-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
          }}
        />
        <button
          type="button"
          className="link-button"
          onClick={() => setParams({ with: teamExampleUrl })}
        >
          or with the example ward-team model
        </button>
      </p>
      {other.status === 'loading' && <p role="status">Checking {other.name}…</p>}
      {other.status === 'error' && (
        <p role="alert" className="notice notice--error">
          {other.text}
        </p>
      )}
      {other.status === 'consent' && (
        <div className="notice notice--warning">
          <p>
            <strong>Compare with a model from {other.host}?</strong> It is not checked by this app.
          </p>
          <button type="button" onClick={() => setAgreed(other.url)}>
            Open it
          </button>
        </div>
      )}
      {other.status === 'ready' && <Result a={index} b={other.index} changes={changes} />}
    </article>
  );
}

const KINDS: ChangeKind[] = ['added', 'removed', 'renamed', 'moved'];
const OUTLINE: Record<ChangeKind, string> = {
  added: 'solid outline',
  removed: 'dashed',
  renamed: 'dotted',
  moved: 'dash and dot',
};

function Result({ a, b, changes }: { a: ModelIndex; b: ModelIndex; changes: ModelChange[] }) {
  const marksA = useMemo(() => marksFor(changes, 'a'), [changes]);
  const marksB = useMemo(() => marksFor(changes, 'b'), [changes]);
  return (
    <>
      <p role="status">
        {changes.length === 0
          ? 'The two models have the same domains and factors.'
          : KINDS.map(
              (k) => `${changes.filter((c) => c.kind === k).length} ${CHANGE_MARK[k].label}`,
            ).join(', ') + '.'}
      </p>
      <p className="muted">
        On the diagrams:{' '}
        {KINDS.map((k) => `${CHANGE_MARK[k].letter} ${CHANGE_MARK[k].label} (${OUTLINE[k]})`).join(
          ', ',
        )}
        ; the letter sits in the outer band where there is room for it.
      </p>
      <div className="compare__diagrams">
        {[
          { index: a, marks: marksA, label: `The model on show: ${shorten(a.model.title, 60)}` },
          { index: b, marks: marksB, label: `Compared with: ${shorten(b.model.title, 60)}` },
        ].map((side) => (
          <figure key={side.label} className="compare__side">
            <figcaption>{side.label}</figcaption>
            <div className="compare__diagram" inert>
              <Diagram index={side.index} selectedId={null} zoomedDomainId={null}>
                <CompareLayer marks={side.marks} />
              </Diagram>
            </div>
          </figure>
        ))}
      </div>
      {KINDS.map((kind) => {
        const list = changes.filter((c) => c.kind === kind);
        if (!list.length) return null;
        return (
          <section key={kind} aria-labelledby={`changes-${kind}`}>
            <h2 id={`changes-${kind}`}>
              {CHANGE_MARK[kind].letter} {CHANGE_MARK[kind].label[0]?.toUpperCase()}
              {CHANGE_MARK[kind].label.slice(1)} ({list.length})
            </h2>
            <ul>
              {list.map((c) => (
                <li key={`${c.what}-${c.id}-${c.kind}`}>
                  {c.what === 'domain' ? 'Domain ' : ''}
                  <strong>{c.label}</strong>
                  {c.kind === 'renamed' && <> → {c.to}</>}
                  {c.kind === 'moved' && (
                    <>
                      {' '}
                      from {c.from} to {c.to}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
