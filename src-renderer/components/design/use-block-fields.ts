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

/** What DesignNumberField takes. */
export interface NumberProps {
  label: string;
  value: number;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
  note?: string;
}

export interface NumberField {
  type: 'number';
  key: string;
  props: NumberProps;
  commit: (value: number) => void;
}

export interface SelectField {
  type: 'select';
  key: string;
  props: { label: string; value: string; options: { value: string; label: string }[] };
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
  /** A number field patching `key`; counts (step 1) by default. */
  const number = (key: string, value: number, extra: Partial<NumberProps> = {}): NumberField => ({
    type: 'number',
    key,
    props: { label: t(`design.fields.${key}`), value, step: 1, ...extra },
    commit: (v) => patch({ [key]: v }),
  });
  const select = (
    key: string,
    value: string,
    options: SelectField['props']['options'],
  ): SelectField => ({
    type: 'select',
    key,
    props: { label: t(`design.fields.${key}`), value, options },
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
      const label = t(`design.params.${name}`);
      fields.push(number('activationParam', param ?? p.default, { label, step: undefined }));
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
      const note = t('design.fields.scaleNote');
      fields.push({
        ...number('scale', choice.scale, { min: 0, step: undefined, note }),
        commit: (scale: number) => patch({ init: { kind: 'uniform', scale } }),
      });
    }
    return fields;
  }

  function fieldsOf(block: Block): BlockField[] {
    const dataNote = design.data ? t('design.fields.dataNote', { name: design.data.name }) : '';
    switch (block.kind) {
      case 'input':
        return [
          number('size', block.size, {
            min: 1,
            disabled: !!design.data,
            note: dataNote || undefined,
          }),
        ];
      case 'dense':
        return [
          number('units', block.units, { min: 1 }),
          ...activation(block.activation, block.activationParam),
          ...init(block.init),
        ];
      case 'activation':
        return activation(block.activation, block.activationParam);
      case 'softmax': {
        const fixed = design.data?.task === 'classification';
        const note = fixed ? dataNote : t('design.fields.classesNote');
        const label = t('design.fields.classes');
        return [number('units', block.units, { min: 2, label, note, disabled: fixed })];
      }
      case 'mcculloch-pitts':
        return [
          number('threshold', block.threshold, { step: undefined }),
          { type: 'inhibitory', key: 'inhibitory' },
          select('inhibition', block.inhibition, choices('inhibitions', ['weighted', 'absolute'])),
        ];
      default: {
        const madaline: BlockField[] =
          block.kind === 'madaline'
            ? [
                number('units', block.units, {
                  min: 1,
                  max: 64,
                  label: t('design.fields.adalines'),
                }),
                select('logic', block.logic, choices('logics', ['or', 'and', 'majority'])),
              ]
            : [];
        const coding: BlockField[] =
          block.kind === 'perceptron'
            ? [select('coding', block.coding, choices('codings', ['binary', 'bipolar']))]
            : [];
        return [
          ...madaline,
          number('learningRate', block.learningRate, { min: 0, step: undefined }),
          number('epochs', block.epochs, { min: 1 }),
          ...coding,
        ];
      }
    }
  }

  return computed(() => (design.selected ? fieldsOf(design.selected) : []));
}
