import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import teamExampleUrl from '../../../data/examples/team-well-being.json?url';
import minimalExampleUrl from '../../../data/examples/minimal.json?url';
import { openModelFile, showBundledModel, useResourceIndex } from '../../app/data';
import { CiteButton } from '../cite/CiteButton';
import { dataJson, factorsCsv, linksCsv, resourcesCsv } from '../cite/dataExport';
import { download } from '../share/exportImage';
import { groupDigits } from '../../model/digits';
import { formatBytes, LIMITS } from '../../model/limits';
import { originText, type ModelOrigin } from '../../model/origin';
import type { Model } from '../../model/types';
import { SafeLink } from '../../panel/SafeLink';
import { selectModelIndex, selectModelOrigin, useStore } from '../../store/store';
import './about.css';

const NAM_PAGE =
  'https://nam.edu/clinicianwellbeing/resources/factors-affecting-clinician-well-being-and-resilience-conceptual-model/';
const NAM_CITATION =
  'Brigham T, Barden C, Dopp AL, Hengerer A, Kaplan J, Malone B, Martin C, McHugh M, Nora LM. A Journey to Construct an All-Encompassing Conceptual Model of Factors Affecting Clinician Well-Being and Resilience. NAM Perspectives. Discussion Paper, National Academy of Medicine, Washington, DC. 2018.';
const NAM_DOI = '10.31478/201801b';

/** What the app is, whose model is on show, what it is not, and where to get help. */
export default function About() {
  const index = useStore(selectModelIndex);
  const origin = useStore(selectModelOrigin);
  return (
    <article className="about">
      <h1>About this explorer</h1>
      <p>
        The Clinician Well-Being Explorer draws a model of what shapes clinicians&rsquo; well-being
        as an interactive, accessible diagram, with evidence-based resources for each factor. It
        comes with the conceptual model{' '}
        <cite>Factors Affecting Clinician Well-Being and Resilience</cite> of the National Academy
        of Medicine (NAM), and can open other models in the same format.
      </p>
      <p className="notice notice--info">
        <strong>This app is based on the NAM model and is not an NAM product.</strong> The NAM did
        not make or endorse it. Descriptions and summaries here are our own words.
      </p>
      {index && origin && origin.kind !== 'bundled' ? (
        <OwnModel model={index.model} origin={origin} />
      ) : (
        <NamModel />
      )}
      <h2>For understanding, not diagnosis</h2>
      <p>
        A model like this helps people see the many things that bear on clinicians&rsquo;
        well-being. It is not a test, a screening tool or a diagnosis, and nothing here assesses
        you. Nothing you do in this app leaves your device.
      </p>
      <h2 id="crisis">If you need help now</h2>
      <p>
        In the United States, call or text <strong>988</strong> to reach the 988 Suicide &amp;
        Crisis Lifeline, any time. US physicians and medical students can call the Physician Support
        Line at 1-888-409-0141. Outside the US, call your local emergency number or your
        country&rsquo;s crisis line.
      </p>
      <ModelLoader />
      {index && <DataDownloads />}
      <p>
        <Link to="/">Back to the explorer</Link>
      </p>
    </article>
  );
}

function NamModel() {
  return (
    <section aria-labelledby="model-on-show">
      <h2 id="model-on-show">The model on show</h2>
      <p>
        <cite>Factors Affecting Clinician Well-Being and Resilience</cite> was developed by the NAM
        Action Collaborative on Clinician Well-Being and Resilience. It puts clinician well-being at
        the centre, links it to the clinician–patient relationship and to patient well-being, and
        surrounds it with seven domains of external and individual factors that shape it.
      </p>
      <h3>Source</h3>
      <p className="citation">
        {NAM_CITATION} <a href={`https://doi.org/${NAM_DOI}`}>doi:{NAM_DOI}</a>
      </p>
      <p>
        <a href={NAM_PAGE} target="_blank" rel="noopener noreferrer">
          The model on the NAM website
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </section>
  );
}

/** A model someone else wrote: named as theirs, with what it says about itself, unchecked. */
function OwnModel({
  model,
  origin,
}: {
  model: Model;
  origin: Exclude<ModelOrigin, { kind: 'bundled' }>;
}) {
  const navigate = useNavigate();
  return (
    <section aria-labelledby="model-on-show">
      <h2 id="model-on-show">The model on show: not the NAM model</h2>
      <p>
        You are viewing <strong>{model.title}</strong>, opened from {originText(origin)}
        {origin.kind === 'url' && (
          <>
            {' '}
            (<code className="about__address">{origin.url}</code>)
          </>
        )}
        . It is not the National Academy of Medicine&rsquo;s model. Its title, descriptions and
        labels are its author&rsquo;s; this app checked only that it is in the right format.
      </p>
      <h3>What the model says about itself</h3>
      <p className="about__quoted">{model.description}</p>
      {model.source && (
        <>
          <h3>The source it names</h3>
          <p className="citation">
            {model.source.citation}{' '}
            {model.source.doi && (
              <SafeLink href={`https://doi.org/${encodeURI(model.source.doi)}`}>
                doi:{model.source.doi}
              </SafeLink>
            )}{' '}
            {model.source.url && <SafeLink href={model.source.url}>{model.source.url}</SafeLink>}
          </p>
        </>
      )}
      <p>
        <button
          type="button"
          onClick={() => {
            showBundledModel();
            navigate('/');
          }}
        >
          Back to the NAM model
        </button>
      </p>
    </section>
  );
}

/** Opens a person's own model, from a web address or a file, checked before it is shown. */
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
    if (await openModelFile(file)) {
      setStatus(`${file.name} is open.`);
      navigate('/');
    } else setStatus(`${file.name} could not be opened; see the message above.`);
  };
  return (
    <section aria-labelledby="own-model">
      <h2 id="own-model">Explore your own model</h2>
      <p>
        Any model written in the same format opens here, with its own domains and factors. The
        format is described by <a href="/model.schema.json">model.schema.json</a>. A model is
        checked before it is shown; if it has problems you will see each one and where it is, and
        the model you had stays on show. A model may be up to {formatBytes(LIMITS.bytes)}, with up
        to {groupDigits(LIMITS.factors)} factors in {LIMITS.domains} domains. A model from another
        site opens only after you agree.
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
      <h3>Example models</h3>
      <ul>
        <li>
          <Link to={`/?model=${encodeURIComponent(teamExampleUrl)}`}>
            A ward team&rsquo;s model
          </Link>{' '}
          (four domains of five factors, with its own resources)
        </li>
        <li>
          <Link to={`/?model=${encodeURIComponent(minimalExampleUrl)}`}>A minimal model</Link>{' '}
          (three small domains)
        </li>
      </ul>
      <p>
        <Link to="/compare">Compare two models</Link>: put a model beside the one on show, with what
        was added, removed, renamed or moved.
      </p>
    </section>
  );
}

/** The model on show and its resources, as data: JSON, CSV, and citations for everything. */
function DataDownloads() {
  const index = useStore(selectModelIndex);
  const library = useResourceIndex();
  if (!index) return null;
  const resources = library.status === 'ready' ? library.value.all : [];
  const name = index.model.id;
  const save = (text: string, file: string, type: string) =>
    download(new Blob([text], { type }), file);
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Download the data</h2>
      <p>
        The model on show and its resources, for analysis or your own version. The JSON is valid
        against <a href="/model.schema.json">model.schema.json</a> and{' '}
        <a href="/resources.schema.json">resources.schema.json</a>.
      </p>
      <p className="share__buttons">
        <button
          type="button"
          disabled={!resources.length}
          onClick={() => save(dataJson(index, resources), `${name}.json`, 'application/json')}
        >
          Model and resources (JSON)
        </button>
        <button
          type="button"
          onClick={() => save(factorsCsv(index), `${name}-factors.csv`, 'text/csv')}
        >
          Factors (CSV)
        </button>
        <button
          type="button"
          disabled={!resources.length}
          onClick={() => save(resourcesCsv(resources), `${name}-resources.csv`, 'text/csv')}
        >
          Resources (CSV)
        </button>
        <button
          type="button"
          onClick={() => save(linksCsv(index), `${name}-links.csv`, 'text/csv')}
        >
          Factor–outcome links (CSV)
        </button>
        <CiteButton
          title="Every resource"
          resources={resources}
          label={`Cite all ${resources.length} resources`}
        />
      </p>
    </section>
  );
}
