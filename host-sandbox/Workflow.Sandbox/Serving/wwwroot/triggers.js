// The triggers panel: what starts a workflow, a sample delivery, and how to set it up in the service.
// Kept apart from the action form (app.js, form.js): it only reads GET /api/triggers.
import { el, plain } from './api.js';

const $ = id => document.getElementById(id);

function json(value) {
  return el('pre', { tabIndex: 0 }, JSON.stringify(value, null, 2));
}

function events(trigger) {
  if (trigger.poll) {
    return el('p', {}, `Polled: ${trigger.poll.action}, at most ${trigger.poll.max_per_poll} runs per poll (listen --poll 60s).`);
  }
  return el('ul', { id: 'trigger-events' }, ...trigger.events.map(e =>
    el('li', {}, el('code', {}, e.type), e.visibility ? ` (${e.visibility}${e.completed_by ? `: completed with ${e.completed_by}` : ''})` : '')));
}

function setup(trigger) {
  const steps = [el('p', { id: 'trigger-setup' }, plain(trigger.setup ?? ''))];
  const receiver = trigger.receiver;
  if (receiver) {
    steps.push(
      el('p', {}, 'URL to paste into the endpoint (a public HTTPS address that forwards to the receiver; listen binds loopback only):'),
      el('p', {}, el('code', { id: 'trigger-url' }, receiver.local_url)),
      el('p', { id: 'trigger-secret' }, 'Signing secret: copy it from the endpoint into the connection field ',
        el('strong', {}, receiver.secret_title ?? receiver.secret_field ?? 'signing secret'),
        receiver.secret_field ? ` (${receiver.secret_field}` : '',
        receiver.secret_env ? `; environment variable ${receiver.secret_env}, or listen --webhook-secret-file` : '',
        receiver.secret_field ? ')' : '', '. It is never shown again.'));
  }
  return steps;
}

function show(trigger) {
  const example = trigger.examples?.[0];
  $('trigger-details').replaceChildren(
    el('p', { className: 'muted' }, plain(trigger.description)),
    el('h3', {}, 'Events'), events(trigger),
    el('h3', {}, 'Set up'), ...setup(trigger),
    example?.delivery ? el('h3', {}, 'Sample delivery') : null,
    example?.delivery ? json(example.delivery) : null,
    example ? el('h3', {}, 'What the workflow sees as trigger') : null,
    example ? json(example.trigger) : null);
  $('triggers').dataset.ready = trigger.id; // tests wait for this
}

async function loadTriggers() {
  const response = await fetch('/api/triggers', { headers: { Accept: 'application/json' } });
  const triggers = (await response.json()).triggers ?? [];
  const select = $('trigger');
  select.replaceChildren(...triggers.map(t => el('option', { value: t.id }, `${t.title} (${t.id})`)));
  select.addEventListener('change', () => show(triggers.find(t => t.id === select.value)));
  if (triggers.length) show(triggers[0]);
  $('triggers').hidden = triggers.length === 0;
}

document.addEventListener('DOMContentLoaded', () => loadTriggers());
