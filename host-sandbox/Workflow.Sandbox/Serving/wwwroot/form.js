// Builds an action's form from its manifest (GET /api/actions/{id}) only: no per-action code.
import { api, el, plain } from './api.js';
import { createControl, fillOptions, widgetOf } from './widgets.js';

const slug = name => name.replace(/[^A-Za-z0-9_-]/g, '_');

export class ActionForm {
  constructor(description, formElement, onError) {
    this.action = description.id;
    this.form = formElement;
    this.onError = onError;
    this.fields = new Map();
    const schemaOf = name => description.input_schema?.properties?.[name];
    const basic = el('div', { className: 'group-basic' });
    const advancedBody = el('div');
    const advanced = el('details', { className: 'advanced' }, el('summary', {}, 'More options'), advancedBody);
    for (const input of description.inputs) {
      const field = this.#field(input, schemaOf(input.name));
      this.fields.set(input.name, field);
      (input.group === 'advanced' ? advancedBody : basic).append(field.root);
      field.advanced = input.group === 'advanced' ? advanced : null;
    }
    if (description.inputs.length === 0) basic.append(el('p', { className: 'muted' }, 'This action takes no input.'));
    const submit = el('button', { type: 'submit' }, `Run ${description.title}`);
    this.submit = submit;
    formElement.replaceChildren(basic, ...(advancedBody.childElementCount ? [advanced] : []), submit);
    formElement.addEventListener('change', e => this.#changed(e));
    formElement.addEventListener('input', e => this.#changed(e));
    this.#applyVisibility();
  }

  #field(input, schema) {
    const id = `in-${slug(input.name)}`;
    const widget = widgetOf(input, schema);
    const control = createControl(widget, id, input, schema);
    const ids = { help: `help-${slug(input.name)}`, desc: `desc-${slug(input.name)}`, error: `err-${slug(input.name)}`, option: `opt-${slug(input.name)}` };
    const label = el('label', { htmlFor: id, id: `label-${slug(input.name)}` }, input.label ?? input.name,
      input.required ? el('span', { className: 'req', 'aria-hidden': 'true' }, '*') : null,
      input.required ? el('span', { className: 'visually-hidden' }, ' (required)') : null);
    const help = input.help ? el('p', { className: 'help', id: ids.help }, plain(input.help)) : null;
    // x-ui.help is the builder's line; the schema's description (often the API's wording) only when there is none.
    const desc = input.description && !input.help ? el('p', { className: 'desc', id: ids.desc }, plain(input.description)) : null;
    const optionDesc = input.dynamic_options && widget !== 'filter' ? el('p', { className: 'option-desc', id: ids.option, 'aria-live': 'polite' }) : null;
    const error = el('p', { className: 'error', id: ids.error, hidden: true });
    const c = control.control;
    if (widget === 'filter') c.setAttribute('aria-labelledby', label.id); // a group of operator controls, not one labelable control
    c.setAttribute('aria-describedby', [help && ids.help, optionDesc && ids.option, desc && ids.desc].filter(Boolean).join(' '));
    if (input.required) c.setAttribute('aria-required', 'true');
    const root = widget === 'switch'
      ? el('div', { className: 'field', 'data-name': input.name }, el('div', { className: 'switch-row' }, c, label), help, desc, error)
      : el('div', { className: 'field', 'data-name': input.name }, label, c, optionDesc, help, desc, error);
    const field = { input, widget, ...control, root, error, optionDesc, ids };
    if (widget === 'select' || widget === 'multiselect') {
      if (input.dynamic_options) fillOptions(c, [], { placeholder: 'Loading…' });
      else fillOptions(c, (input.enum ?? schema?.items?.enum ?? []).map(v => ({ value: v, label: input.enum_labels?.[v] ?? String(v) })),
        { placeholder: input.placeholder && !input.enum?.includes(input.placeholder) ? input.placeholder : '—' });
    }
    if (input.default !== undefined && input.default !== null) control.write(input.default);
    return field;
  }

  /** Loads every dynamic dropdown (call once after the form is in the page). */
  async loadOptions() {
    await Promise.all([...this.fields.values()].filter(f => f.input.dynamic_options).map(f => this.#load(f)));
  }

  async #load(field) {
    const spec = field.input.dynamic_options;
    const values = this.values();
    // A filter has one select per operator, all fed by the same options.
    const selects = field.selects ?? [field.control];
    const missing = (spec.dependsOn ?? []).filter(name => values[name] === undefined);
    const keep = selects.map(s => [...s.selectedOptions].filter(o => o.value !== '').map(o => JSON.parse(o.value)));
    const fill = (options, settings) => selects.forEach((s, i) => fillOptions(s, options, { ...settings, keep: keep[i] }));
    const disable = disabled => selects.forEach(s => { s.disabled = disabled; });
    if (missing.length) {
      const names = missing.map(n => this.fields.get(n)?.input.label ?? n).join(', ');
      fill([], { placeholder: `Choose ${names} first` });
      disable(true);
      return;
    }
    disable(true);
    const { body } = await api.options(this.action, field.input.name, values);
    disable(false);
    if (!body.ok) {
      fill([], { placeholder: 'Options could not be loaded' });
      this.#showError(field, `Options could not be loaded: ${body.error.message}${body.error.hint ? ' ' + body.error.hint : ''}`);
      return;
    }
    this.#clearError(field);
    const sortName = spec.sortBy ? spec.sortBy.split('/').pop().replace(/_/g, ' ') : null;
    fill(body.options, { placeholder: field.input.placeholder ?? '—', sortName });
    this.#describeOption(field);
  }

  #describeOption(field) {
    if (!field.optionDesc) return;
    const chosen = field.control.selectedOptions[0];
    field.optionDesc.textContent = chosen?.dataset.description ? plain(chosen.dataset.description) : '';
  }

  #changed(event) {
    const name = event.target.closest('.field')?.dataset.name;
    const field = name && this.fields.get(name);
    if (!field) return;
    if (event.type === 'change') this.#describeOption(field);
    const problem = field.check();
    if (problem) this.#showError(field, problem); else this.#clearError(field);
    this.#applyVisibility();
    if (event.type === 'change') {
      for (const other of this.fields.values()) {
        if (other.input.dynamic_options?.dependsOn?.includes(name)) this.#load(other);
      }
    }
  }

  #applyVisibility() {
    const values = this.values({ all: true });
    for (const field of this.fields.values()) {
      const rule = field.input.visible_when;
      field.root.hidden = rule ? !matches(rule, values) : false;
    }
  }

  /** The input to send: every visible field that has a value. */
  values({ all = false } = {}) {
    const values = {};
    for (const [name, field] of this.fields) {
      if (!all && field.root.hidden) continue;
      const value = field.read();
      if (value !== undefined) values[name] = value;
    }
    return values;
  }

  /** Client-side checks (JSON that does not parse, numbers that are not); true when there are none. */
  check() {
    this.clearErrors();
    let ok = true;
    for (const field of this.fields.values()) {
      const problem = field.root.hidden ? null : field.check();
      if (problem) { this.#showError(field, problem); ok = false; }
    }
    return ok;
  }

  clearErrors() {
    for (const field of this.fields.values()) this.#clearError(field);
  }

  /** Puts each detail next to the field its JSON Pointer names; returns the details no field took. */
  showDetails(details) {
    const left = [];
    let first = null;
    for (const detail of details ?? []) {
      const top = (detail.field ?? '').split('/')[1];
      const field = top === undefined ? null : this.fields.get(top.replace(/~1/g, '/').replace(/~0/g, '~'));
      if (!field || field.root.hidden) { left.push(detail); continue; }
      const where = detail.field.split('/').length > 2 ? `${detail.field}: ` : '';
      this.#showError(field, where + detail.message, true);
      first ??= field;
    }
    if (first) {
      if (first.advanced) first.advanced.open = true;
      first.control.focus();
    }
    return left;
  }

  #showError(field, message, append = false) {
    field.error.textContent = append && !field.error.hidden ? `${field.error.textContent} ${message}` : message;
    field.error.hidden = false;
    field.control.setAttribute('aria-invalid', 'true');
    const described = field.control.getAttribute('aria-describedby') ?? '';
    if (!described.includes(field.ids.error)) field.control.setAttribute('aria-describedby', `${field.ids.error} ${described}`.trim());
  }

  #clearError(field) {
    field.error.hidden = true;
    field.error.textContent = '';
    field.control.removeAttribute('aria-invalid');
    const described = (field.control.getAttribute('aria-describedby') ?? '').split(' ').filter(x => x && x !== field.ids.error);
    field.control.setAttribute('aria-describedby', described.join(' '));
  }
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function matches(rule, values) {
  const value = values[rule.field];
  if ('isSet' in rule && (value !== undefined) !== rule.isSet) return false;
  if ('equals' in rule && !same(value, rule.equals)) return false;
  if ('notEquals' in rule && same(value, rule.notEquals)) return false;
  if ('in' in rule && !rule.in.some(v => same(v, value))) return false;
  return true;
}
