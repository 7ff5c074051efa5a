// The page: action picker, the generated form, the result, the connection and the workflow panels.
import { api, el, plain } from './api.js';
import { ActionForm } from './form.js';

const $ = id => document.getElementById(id);
let current = null;

function showResult(body) {
  const problem = $('result-error');
  if (body.ok) {
    problem.hidden = true;
    $('output').textContent = shownJson(body.output ?? body);
    return;
  }
  const error = body.error ?? {};
  current?.showDetails(error.details);
  problem.replaceChildren(...errorBox(error));
  problem.hidden = false;
  $('output').textContent = shownJson(body);
}

// ---- The error box and the output pane: what the user reads, with no "null" anywhere. ----

/** The error box: the code and message, the hint, the HTTP facts, then one line per problem ("pointer: message"). */
function errorBox(error) {
  const facts = [error.http_status && `HTTP ${error.http_status}`, error.remote_type, error.request_id && `request id ${error.request_id}`,
    error.retryable && 'retryable'].filter(Boolean).join(' · ');
  const lines = (error.details ?? []).map(problemLine).filter(Boolean);
  return [
    el('p', {}, el('strong', {}, `✗ ${error.code ?? 'error'}: `), error.message ?? ''),
    error.hint ? el('p', { className: 'hint' }, `Hint: ${error.hint}`) : null,
    facts ? el('p', { className: 'muted' }, facts) : null,
    lines.length ? el('ul', { className: 'problems' }, ...lines.map(line => el('li', {}, line))) : null,
  ].filter(Boolean);
}

/** "/severity_id: must be …"; a problem about no one field is its message alone, an empty pointer is the root. */
function problemLine(detail) {
  if (!detail?.message) return null;
  return detail.field === undefined || detail.field === null ? detail.message : `${detail.field || '(root)'}: ${detail.message}`;
}

/** JSON for the output pane without the envelope's empty (null) properties. */
function shownJson(value) {
  return JSON.stringify(value, (key, v) => (v === null && key !== '' ? undefined : v), 2);
}

async function selectAction(id) {
  delete document.body.dataset.ready;
  const { body } = await api.describe(id);
  if (body.ok === false) { current = null; showResult(body); return; }
  $('action-description').textContent = plain(body.description);
  current = new ActionForm(body, $('action-form'));
  if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
  await current.loadOptions();
  document.body.dataset.ready = id; // tests wait for this: the form and its dropdowns are in place
}

async function runAction(event) {
  event.preventDefault();
  if (!current) return;
  $('result-error').hidden = true;
  if (!current.check()) { $('output').textContent = 'Fix the fields marked in red first.'; return; }
  current.submit.disabled = true;
  $('output').textContent = 'Running…';
  try {
    const { body } = await api.run(current.action, current.values());
    showResult(body);
  } finally {
    current.submit.disabled = false;
  }
}

async function loadActions() {
  const { body } = await api.actions();
  $('mode').textContent = body.simulate
    ? 'Running against the in-process incident.io simulator (serve --simulate): nothing leaves this machine.'
    : 'Running against the services the connection points at.';
  const picker = $('action');
  const groups = new Map();
  for (const action of body.actions) {
    if (!groups.has(action.plugin_name)) groups.set(action.plugin_name, el('optgroup', { label: action.plugin_name }));
    groups.get(action.plugin_name).append(el('option', { value: action.id }, `${action.title} (${action.id})`));
  }
  picker.replaceChildren(...groups.values());
  const wanted = decodeURIComponent(location.hash.slice(1));
  if (body.actions.some(a => a.id === wanted)) picker.value = wanted;
  picker.addEventListener('change', () => selectAction(picker.value));
  window.addEventListener('hashchange', () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id !== picker.value && body.actions.some(a => a.id === id)) {
      picker.value = id;
      selectAction(id);
    }
  });
  if (picker.value) await selectAction(picker.value);
}

function connectionForm(plugin, simulate) {
  const inputs = plugin.fields.map(f => ({
    field: f,
    control: el('input', { id: `conn-${plugin.id}-${f.name}`, type: f.secret ? 'password' : 'text', autocomplete: 'off', placeholder: f.placeholder ?? '' }),
  }));
  const status = el('p', { className: 'muted', role: 'status' });
  const fieldset = el('fieldset', {}, el('legend', {}, plugin.title ?? plugin.name),
    simulate ? el('p', { className: 'help' }, 'The simulator supplies base_url and api_key; a value saved here wins (e.g. a wrong key to see a 401).') : null,
    ...inputs.flatMap(({ field, control }) => [
      el('label', { htmlFor: control.id }, field.title, field.set ? el('span', { className: 'badge' }, 'set') : null),
      control,
      field.description ? el('p', { className: 'help' }, plain(field.description)) : null]));
  const save = el('button', { type: 'submit' }, 'Save connection');
  const test = plugin.test_action ? el('button', { type: 'button', className: 'secondary' }, 'Test connection') : null;
  const form = el('form', { novalidate: true }, fieldset, save, test, status);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const values = Object.fromEntries(inputs.map(({ field, control }) => [field.name, control.value]));
    const { body } = await api.saveConnection(plugin.id, values);
    if (body.ok === false) { status.textContent = body.error.message; return; }
    await renderConnection(body); // the secret inputs come back empty: the values stay in the sandbox process
    $('connection-forms').querySelector('[role=status]').textContent = 'Saved for this session. Secrets stay in the sandbox process and are never sent back.';
  });
  test?.addEventListener('click', async () => showResult((await api.run(plugin.test_action, {})).body));
  return form;
}

async function renderConnection(body) {
  body ??= (await api.connection()).body;
  $('connection-forms').replaceChildren(...body.plugins.map(p => connectionForm(p, body.simulate)));
}

async function runWorkflow(event) {
  event.preventDefault();
  let workflow, trigger;
  try {
    workflow = JSON.parse($('workflow-json').value);
    trigger = $('workflow-trigger').value.trim() ? JSON.parse($('workflow-trigger').value) : undefined;
  } catch (e) {
    showResult({ ok: false, error: { code: 'invalid_json', message: `Not valid JSON: ${e.message}`, details: [] } });
    return;
  }
  const { body } = await api.runWorkflow(workflow, trigger);
  const saved = current;
  current = null; // a workflow's pointers are not this form's fields
  if (body.ok) showResult({ ok: true, output: body });
  else showResult({ ok: false, error: body.error ?? body.steps?.at(-1)?.error ?? {} });
  $('output').textContent = shownJson(body);
  current = saved;
}

document.addEventListener('DOMContentLoaded', () => {
  $('action-form').addEventListener('submit', runAction);
  $('workflow-form').addEventListener('submit', runWorkflow);
  renderConnection();
  loadActions();
});
