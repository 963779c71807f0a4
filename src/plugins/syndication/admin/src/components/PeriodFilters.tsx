/** Period, language, interval and chart layout of the Syndication page. */
import { DatePicker, Field, Flex, SingleSelect, SingleSelectOption, Toggle } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { INTERVALS, PRESETS, type Interval, type Preset } from '../domain/periods';
import { useTranslate } from '../hooks/useTranslate';
import { LANGUAGES } from '../pluginId';

export interface Filters {
  preset: Preset;
  from: string | null;
  to: string | null;
  language: string;
  interval: Interval;
  stacked: boolean;
}

/** A picked calendar day as YYYY-MM-DD, whatever the browser's time zone. */
const dayOf = (date: Date | undefined) =>
  date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null;
const dateOf = (day: string | null) =>
  day ? new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) : undefined;

export const PeriodFilters = ({ filters, onChange }: { filters: Filters; onChange: (change: Partial<Filters>) => void }) => {
  const { locale } = useIntl();
  const t = useTranslate();

  return (
    <Flex gap={4} wrap="wrap" alignItems="flex-end">
      {/* Wide enough for the longest preset in every language ("Since partnership began"). */}
      <Field.Root name="preset" width="28rem">
        <Field.Label>{t('filters.period', 'Period')}</Field.Label>
        <SingleSelect value={filters.preset} onChange={(preset: string | number) => onChange({ preset: preset as Preset })}>
          {PRESETS.map((preset) => (
            <SingleSelectOption key={preset} value={preset}>
              {t(`preset.${preset}`, preset)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      {filters.preset === 'custom' && (
        <>
          <Field.Root name="from" width="180px">
            <Field.Label>{t('filters.from', 'From')}</Field.Label>
            <DatePicker
              locale={locale}
              value={dateOf(filters.from)}
              onChange={(date) => onChange({ from: dayOf(date) })}
              onClear={() => onChange({ from: null })}
              clearLabel={t('filters.clear', 'Clear')}
            />
          </Field.Root>
          <Field.Root name="to" width="180px">
            <Field.Label>{t('filters.to', 'To')}</Field.Label>
            <DatePicker
              locale={locale}
              value={dateOf(filters.to)}
              onChange={(date) => onChange({ to: dayOf(date) })}
              onClear={() => onChange({ to: null })}
              clearLabel={t('filters.clear', 'Clear')}
            />
          </Field.Root>
        </>
      )}
      <Field.Root name="language" width="180px">
        <Field.Label>{t('filters.language', 'Language')}</Field.Label>
        <SingleSelect value={filters.language} onChange={(language: string | number) => onChange({ language: String(language) })}>
          <SingleSelectOption value="">{t('filters.allLanguages', 'All languages')}</SingleSelectOption>
          {LANGUAGES.map((code) => (
            <SingleSelectOption key={code} value={code}>
              {t(`language.${code}`, code)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="interval" width="160px">
        <Field.Label>{t('filters.interval', 'Interval')}</Field.Label>
        <SingleSelect value={filters.interval} onChange={(interval: string | number) => onChange({ interval: interval as Interval })}>
          {INTERVALS.map((interval) => (
            <SingleSelectOption key={interval} value={interval}>
              {t(`interval.${interval}`, interval)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      {/* Each half of the toggle takes half of this width: room for "НАКОПЛЕННЫЕ" on one line. */}
      <Field.Root name="stacked" width="28rem">
        <Field.Label>{t('filters.layout', 'Bars')}</Field.Label>
        <Toggle
          onLabel={t('filters.stacked', 'Stacked')}
          offLabel={t('filters.grouped', 'Grouped')}
          checked={filters.stacked}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ stacked: event.target.checked })}
        />
      </Field.Root>
    </Flex>
  );
};
