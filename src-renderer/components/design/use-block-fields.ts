/**
 * The selected block's settings as a list of fields (numbers and choices), so the properties
 * panel draws them all with one loop and every kind states only what differs. Each field
 * commits through `patch`, so one change is one undo step.
 */
import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ActivationName } from '../../../src-engine/activations/activation';
import { activationLabel } from '../../design/block-describe';
import type { Block, InitChoice } from '../../design/design-document';
import { ACTIVATION_PARAMS, LAYER_ACTIVATIONS } from '../../design/design-document';
import { useDesignStore } from '../../stores/design';

export interface NumberField {
  type: 'number';
  key: string;
  label: string;
  value: number;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
  note?: string;
  commit: (value: number) => void;
}

export interface SelectField {
  type: 'select';
  key: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  commit: (value: string) => void;
}

/** The McCulloch–Pitts unit's inhibitory-input checkboxes, drawn by the panel itself. */
export interface InhibitoryField {
  type: 'inhibitory';
  key: string;
}

export type BlockField = NumberField | SelectField | InhibitoryField;

type Patch = Partial<Omit<Block, 'id' | 'kind'>>;

/** The selected block's fields, in the order the panel shows them. */
export function useBlockFields(): ComputedRef<BlockField[]> {
  const { t } = useI18n();
  const design = useDesignStore();

  const patch = (values: Patch) => {
    if (design.selected) design.update(design.selected.id, values);
  };
  const choices = (group: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`design.fields.${group}.${value}`) }));
  const count = (key: string, value: number, min: number, extra: Partial<NumberField> = {}) =>
    ({
      type: 'number',
      key,
      label: t(`design.fields.${key}`),
      value,
      min,
      step: 1,
      commit: (v: number) => patch({ [key]: v }),
      ...extra,
    }) satisfies NumberField;
  const select = (key: string, value: string, options: SelectField['options']): SelectField => ({
    type: 'select',
    key,
    label: t(`design.fields.${key}`),
    value,
    options,
    commit: (v) => patch({ [key]: v }),
  });

  function activation(name: ActivationName, param: number | undefined): BlockField[] {
    const options = LAYER_ACTIVATIONS.map((a) => ({ value: a, label: activationLabel(a) }));
    const fields: BlockField[] = [
      {
        ...select('activation', name, options),
        commit: (v: string) =>
          patch({ activation: v as ActivationName, activationParam: undefined }),
      },
    ];
    const p = ACTIVATION_PARAMS[name];
    if (p) {
      fields.push({
        type: 'number',
        key: 'activationParam',
        label: t(`design.params.${name}`),
        value: param ?? p.default,
        commit: (v) => patch({ activationParam: v }),
      });
    }
    return fields;
  }

  function init(choice: InitChoice): BlockField[] {
    const kinds = ['default', 'xavier', 'he', 'uniform', 'zeros'] as const;
    const fields: BlockField[] = [
      {
        ...select('init', choice.kind, choices('inits', kinds)),
        commit: (kind: string) =>
          patch({ init: kind === 'uniform' ? { kind, scale: 0.5 } : ({ kind } as InitChoice) }),
      },
    ];
    if (choice.kind === 'uniform') {
      fields.push({
        type: 'number',
        key: 'scale',
        label: t('design.fields.scale'),
        value: choice.scale,
        min: 0,
        note: t('design.fields.scaleNote'),
        commit: (scale) => patch({ init: { kind: 'uniform', scale } }),
      });
    }
    return fields;
  }

  function fieldsOf(block: Block): BlockField[] {
    const dataNote = design.data ? t('design.fields.dataNote', { name: design.data.name }) : '';
    switch (block.kind) {
      case 'input':
        return [
          count('size', block.size, 1, { disabled: !!design.data, note: dataNote || undefined }),
        ];
      case 'dense':
        return [
          count('units', block.units, 1),
          ...activation(block.activation, block.activationParam),
          ...init(block.init),
        ];
      case 'activation':
        return activation(block.activation, block.activationParam);
      case 'softmax': {
        const fixed = design.data?.task === 'classification';
        const note = fixed ? dataNote : t('design.fields.classesNote');
        return [
          count('units', block.units, 2, {
            label: t('design.fields.classes'),
            note,
            disabled: fixed,
          }),
        ];
      }
      case 'mcculloch-pitts':
        return [
          { ...count('threshold', block.threshold, -Infinity), min: undefined, step: undefined },
          { type: 'inhibitory', key: 'inhibitory' },
          select('inhibition', block.inhibition, choices('inhibitions', ['weighted', 'absolute'])),
        ];
      default: {
        const madaline: BlockField[] =
          block.kind === 'madaline'
            ? [
                count('units', block.units, 1, { label: t('design.fields.adalines'), max: 64 }),
                select('logic', block.logic, choices('logics', ['or', 'and', 'majority'])),
              ]
            : [];
        const coding: BlockField[] =
          block.kind === 'perceptron'
            ? [select('coding', block.coding, choices('codings', ['binary', 'bipolar']))]
            : [];
        return [
          ...madaline,
          { ...count('learningRate', block.learningRate, 0), step: undefined },
          count('epochs', block.epochs, 1),
          ...coding,
        ];
      }
    }
  }

  return computed(() => (design.selected ? fieldsOf(design.selected) : []));
}
