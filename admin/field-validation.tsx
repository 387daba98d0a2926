/**
 * Shows the build's validation (admin/entry-validation.ts) at each field of the Decap editor.
 *
 * Decap asks every widget's control for `isValid()` before it saves; a wrapper around each standard
 * control answers with the schema's problems for exactly that field. Decap gives a control no data
 * path, so the wrappers rebuild it: each one registers its field name under Decap's id for it, and a
 * field's `parentIds` lead through its groups and lists (a list item by its key) back to the entry.
 */
import { Component, createElement, type ComponentType } from 'react';
import { DEFAULT_LOCALE } from '../src/i18n/locales';
import { CLOCK_TIME, normaliseClockTime } from '../src/lib/clock-time';
import { fileContentProblem, SIGNATURE_BYTES } from '../src/lib/file-signature';
import type { DecapCms } from './decap';
import { entryProblems, samePath, type EntryProblem, type FieldPath } from './entry-validation';

/** The standard widgets whose fields come from the schemas (markdown and hidden have no schema of their own). */
export const VALIDATED_WIDGETS = ['string', 'text', 'number', 'boolean', 'select', 'datetime', 'object', 'list', 'image', 'file', 'relation'] as const;

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: ReadonlyArray<string | number>): unknown;
  toJS(): unknown;
}

interface ControlProps {
  field: ImmutableLike;
  forID: string;
  parentIds?: string[];
  locale?: string;
  getEntry?: () => ImmutableLike | undefined;
  collection?: ImmutableLike;
  validate: () => void;
  onValidateObject: (id: string, errors: unknown[]) => void;
  /** Decap's asset lookup: for a file uploaded in this session, the File itself. */
  getAsset?: (path: string, field: ImmutableLike) => { fileObj?: unknown } | undefined;
  [key: string]: unknown;
}

interface ControlInstance {
  isValid?: () => unknown;
  validate?: () => void;
  validateSize?: () => unknown[];
  focus?: (path?: unknown) => void;
  getValidateValue?: () => unknown;
  shouldComponentUpdate?: (next: unknown, nextState?: unknown) => boolean;
  state?: { keys?: string[] };
  getWrappedInstance?: () => ControlInstance;
}

interface RegisteredField {
  name: string;
  /** A list: the id after it in parentIds is the key of one of its items. */
  itemKeys?: () => string[] | undefined;
  /** A list of single values: its items have no name of their own. */
  singleValues: boolean;
}

const registered = new Map<string, RegisteredField>();

/** The data path of a field, from the fields registered along its parentIds; undefined if unknown. */
export function fieldPath(parentIds: readonly (string | undefined | null)[], name: string): FieldPath | undefined {
  const path: Array<string | number> = [];
  let insideSingleValueList = false;
  for (let index = 0; index < parentIds.length; index += 1) {
    const id = parentIds[index];
    const parent = id ? registered.get(id) : undefined;
    if (!parent) continue;
    path.push(parent.name);
    insideSingleValueList = false;
    if (parent.itemKeys) {
      const position = parent.itemKeys()?.indexOf(String(parentIds[index + 1]));
      if (position === undefined || position < 0) return undefined;
      path.push(position);
      insideSingleValueList = parent.singleValues;
      index += 1;
    }
  }
  return insideSingleValueList ? path : [...path, name];
}

/** The entry's problems, computed once per version of its data. */
const problemsByData = new WeakMap<object, EntryProblem[]>();
function problemsOf(collection: string, data: ImmutableLike): EntryProblem[] {
  let problems = problemsByData.get(data);
  if (!problems) {
    problems = entryProblems(collection, data.toJS());
    problemsByData.set(data, problems);
  }
  return problems;
}

const isEmptyValue = (value: unknown): boolean => {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  const plain = typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS() : value;
  if (Array.isArray(plain)) return plain.every(isEmptyValue);
  if (typeof plain === 'object') return Object.values(plain as object).every(isEmptyValue);
  return false;
};

function withSchemaValidation(Inner: ComponentType<ControlProps>): ComponentType<ControlProps> {
  return class SchemaValidatedControl extends Component<ControlProps> {
    inner: ControlInstance | null = null;

    setInner = (ref: ControlInstance | null) => {
      this.inner = ref?.getWrappedInstance ? ref.getWrappedInstance() : ref;
    };

    /** For uploads: the German problem if the file's content is not what its name says. */
    private contentProblem: string | undefined;
    private checkedUpload: unknown;

    /** Read the first bytes of a file uploaded in this session (committed files were checked when they came). */
    private checkUpload(): void {
      const { field, value, getAsset } = this.props;
      if (!['image', 'file'].includes(String(field.get('widget'))) || value === this.checkedUpload) return;
      this.checkedUpload = value;
      this.contentProblem = undefined;
      if (typeof value !== 'string' || typeof getAsset !== 'function') return;
      const file = getAsset(value, field)?.fileObj;
      if (!(file instanceof Blob)) return;
      void file
        .slice(0, SIGNATURE_BYTES)
        .arrayBuffer()
        .then((bytes) => {
          if (this.checkedUpload === value) this.contentProblem = fileContentProblem(value.split('/').pop() ?? value, new Uint8Array(bytes));
        });
    }

    override componentDidUpdate() {
      this.checkUpload();
    }

    override componentDidMount() {
      this.checkUpload();
      const { field, forID } = this.props;
      const isList = field.get('widget') === 'list';
      registered.set(forID, {
        name: String(field.get('name')),
        singleValues: isList && !field.get('fields') && !field.get('types'),
        ...(isList ? { itemKeys: () => this.inner?.state?.keys } : {}),
      });
    }

    override componentWillUnmount() {
      registered.delete(this.props.forID);
    }

    /** Only the German entry is the build's input; translations are checked leniently by the build. */
    private entryInScope(): { collection: string; data: ImmutableLike } | undefined {
      const { locale, getEntry, collection } = this.props;
      if (locale && locale !== DEFAULT_LOCALE) return undefined;
      const entry = getEntry?.();
      const data = entry?.get('data') as ImmutableLike | undefined;
      const name = (collection?.get('name') ?? entry?.get('collection')) as string | undefined;
      return data && name ? { collection: name, data } : undefined;
    }

    private path(): FieldPath | undefined {
      return fieldPath(this.props.parentIds ?? [], String(this.props.field.get('name')));
    }

    /** The schema's problems for this very field, leaving out what Decap reports itself. */
    schemaProblems(): EntryProblem[] {
      const scope = this.entryInScope();
      const path = this.path();
      if (!scope || !path) return [];
      const { field } = this.props;
      const decapChecksPresence = field.get('required') !== false;
      const pattern = field.get('pattern') as { get?: (index: number) => unknown } | undefined;
      const decapChecksPattern = Boolean(pattern);
      const decapPatternMessage = pattern?.get?.(1);
      const decapChecksCount = field.get('min') !== undefined || field.get('max') !== undefined;
      return problemsOf(scope.collection, scope.data).filter(
        (problem) =>
          samePath(problem.path, path) &&
          !(problem.missing && decapChecksPresence) &&
          !((problem.format || problem.message === decapPatternMessage) && decapChecksPattern) &&
          !(problem.count && decapChecksCount),
      );
    }

    // Decap calls these on the control; the wrapper answers for itself and passes the rest on.
    isValid = () => {
      const own = this.inner?.isValid?.();
      if (own instanceof Promise || (own !== undefined && own !== true && !(typeof own === 'object' && own !== null && (own as { error?: unknown }).error === false))) {
        return own;
      }
      const messages = [...(this.contentProblem ? [this.contentProblem] : []), ...this.schemaProblems().map((problem) => problem.message)];
      if (messages.length === 0) return own ?? true;
      return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: messages.join(' ') } };
    };

    validate = () => {
      if (this.inner?.validate) {
        // A group or list checks its children; the schema's rules for the group itself are added here.
        this.inner.validate();
        const problems = this.schemaProblems();
        if (problems.length > 0) {
          const own = { type: 'CUSTOM', parentIds: this.props.parentIds, message: problems.map((problem) => problem.message).join(' ') };
          this.props.onValidateObject(this.props.forID, [...(this.inner.validateSize?.() ?? []), own]);
        }
        return;
      }
      // A field required within an optional group: nothing to check while the whole group is empty.
      if (this.props.field.get('required_when_set') && this.groupIsEmpty()) {
        this.props.onValidateObject(this.props.forID, []);
        return;
      }
      this.props.validate();
    };

    private groupIsEmpty(): boolean {
      const scope = this.entryInScope();
      const path = this.path();
      if (!scope || !path) return false;
      return isEmptyValue(scope.data.getIn(path.slice(0, -1)));
    }

    focus = (path?: unknown) => {
      if (this.inner?.focus) this.inner.focus(path);
      else document.getElementById(this.props.forID)?.focus();
    };

    // A save clicked straight after typing „9“ validates before React passes the normalised value down.
    getValidateValue = () => {
      const { value } = this.props;
      if (this.isClockField() && typeof value === 'string') return normaliseClockTime(value);
      return this.inner?.getValidateValue?.();
    };

    // Decap's Widget asks its control this; without an answer of the control's own, Decap's default rule.
    override shouldComponentUpdate(next: ControlProps, nextState?: unknown): boolean {
      if (this.inner?.shouldComponentUpdate) return this.inner.shouldComponentUpdate.call(this.inner, next, nextState);
      return ['value', 'classNameWrapper', 'hasActiveStyle'].some((key) => this.props[key] !== next[key]);
    }

    /** Clock fields take „8“, „8 Uhr“ or „8:00“ and store 08:00 once the editor leaves the field. */
    private isClockField(): boolean {
      const pattern = this.props.field.get('pattern') as { get?: (index: number) => unknown } | undefined;
      return this.props.field.get('widget') === 'string' && pattern?.get?.(0) === CLOCK_TIME.source;
    }

    normaliseOnLeave = () => {
      const { value } = this.props;
      if (typeof value !== 'string') return;
      const normalised = normaliseClockTime(value);
      if (normalised !== value) (this.props.onChange as (next: string) => void)(normalised);
    };

    override render() {
      const control = createElement(Inner, { ...this.props, ref: this.setInner } as ControlProps);
      if (!this.isClockField()) return control;
      return createElement('div', { style: { display: 'contents' }, onBlur: this.normaliseOnLeave }, control);
    }
  };
}

interface RegisteredWidget {
  control: ComponentType<ControlProps>;
  preview?: ComponentType<unknown>;
  schema?: unknown;
  globalStyles?: unknown;
  allowMapValue?: boolean;
}

/** Wrap the standard controls; call after Decap registered its widgets and before CMS.init. */
export function registerSchemaValidation(CMS: DecapCms): void {
  for (const name of VALIDATED_WIDGETS) {
    const widget = CMS.getWidget(name) as unknown as RegisteredWidget | undefined;
    if (!widget) throw new Error(`Decap-Widget „${name}“ fehlt.`);
    const { control, preview, ...rest } = widget;
    CMS.registerWidget({ ...rest, name, controlComponent: withSchemaValidation(control), previewComponent: preview } as never);
  }
}
