/**
 * The dialog that sets an embargo, or changes a set one (`action`): publish or unpublish, when (date,
 * time and zone), which locales, and (publish) which versions go out: the latest saved drafts
 * (default), the drafts as they stand now, or (changing one set so) the drafts as they stood when
 * it was set.
 */
import {
  Button,
  Checkbox,
  Combobox,
  ComboboxOption,
  Field,
  Flex,
  Modal,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Clock, Pencil } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useMemo, useState } from 'react';
import { browserTimeZone, useFormatInstant, useTranslate } from '../hooks/useTranslate';
import { changeRequest, fieldsOf, versionsChoices, type ScheduleFields, type VersionsChoice } from '../domain/schedule-change';
import { instantOf, messageOf, ROUTES, type EmbargoAction, type EmbargoSettings, type Kind } from '../pluginId';

interface ScheduleFormProps {
  model: string;
  documentId: string;
  settings: EmbargoSettings;
  /** The embargo to change; none: set a new one. */
  action?: EmbargoAction;
  onScheduled: () => void;
}

const NEW_EMBARGO = (settings: EmbargoSettings): ScheduleFields => ({
  at: '',
  timeZone: settings.timeZone,
  locales: null,
  versions: 'latest',
});

const zones = (): string[] => (Intl as any).supportedValuesOf?.('timeZone') ?? [];

export const ScheduleForm = ({ model, documentId, settings, action, onScheduled }: ScheduleFormProps) => {
  const t = useTranslate();
  const formatInstant = useFormatInstant();
  const { post, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const initial = useMemo(() => (action ? fieldsOf(action) : NEW_EMBARGO(settings)), [action, settings]);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>(action?.kind ?? 'publish');
  const [versions, setVersions] = useState<VersionsChoice>(initial.versions);
  const [at, setAt] = useState(initial.at);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  // The combobox shows its text, not its value: kept beside it so the default zone shows too.
  const [zoneText, setZoneText] = useState(initial.timeZone);
  const [allLocales, setAllLocales] = useState(initial.locales === null);
  const [locales, setLocales] = useState<string[]>(initial.locales ?? []);
  const [error, setError] = useState<{ parameter?: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const timeZones = useMemo(() => zones(), []);

  const instant = at ? instantOf(at, timeZone) : null;

  // Each opening starts from the embargo as it is now (it may have changed since the last one).
  const openDialog = (next: boolean) => {
    if (next) {
      setKind(action?.kind ?? 'publish');
      setVersions(initial.versions);
      setAt(initial.at);
      setTimeZone(initial.timeZone);
      setZoneText(initial.timeZone);
      setAllLocales(initial.locales === null);
      setLocales(initial.locales ?? []);
      setError(null);
    }
    setOpen(next);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      if (action) {
        const change = changeRequest(initial, { at, timeZone, locales: allLocales ? null : locales, versions }, action.kind);
        if (change) await put(ROUTES.action(action.id), change);
        toggleNotification({ type: 'success', message: t('form.changed', 'Embargo changed') });
      } else {
        await post(ROUTES.actions, {
          contentType: model,
          documentId,
          kind,
          at,
          timeZone,
          locales: allLocales ? 'all' : locales,
          ...(kind === 'publish' ? { versions } : {}),
        });
        toggleNotification({ type: 'success', message: t('form.scheduled', 'Embargo set') });
      }
      setOpen(false);
      onScheduled();
    } catch (failure: any) {
      setError({ parameter: failure?.response?.data?.error?.details?.parameter, message: messageOf(failure) });
    } finally {
      setSaving(false);
    }
  };

  const errorOf = (parameter: string) => (error?.parameter === parameter ? error.message : undefined);

  return (
    <Modal.Root open={open} onOpenChange={openDialog}>
      <Modal.Trigger>
        {action ? (
          <Button variant="tertiary" size="S" startIcon={<Pencil />} data-testid="embargo-change-open">
            {t('form.change', 'Change')}
          </Button>
        ) : (
          <Button variant="secondary" startIcon={<Clock />} fullWidth data-testid="embargo-schedule-open">
            {t('form.open', 'Set an embargo')}
          </Button>
        )}
      </Modal.Trigger>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header>
            <Modal.Title>{action ? t('form.changeTitle', 'Change the embargo') : t('form.title', 'Set an embargo')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Field.Root
                name="kind"
                required
                hint={action ? t('form.kindFixed', 'To change the action, lift this embargo and set a new one.') : undefined}
              >
                <Field.Label>{t('form.kind', 'Action')}</Field.Label>
                <SingleSelect value={kind} disabled={!!action} onChange={(value: string | number) => setKind(value as Kind)}>
                  <SingleSelectOption value="publish">{t('kind.publish', 'Publish')}</SingleSelectOption>
                  <SingleSelectOption value="unpublish">{t('kind.unpublish', 'Unpublish')}</SingleSelectOption>
                </SingleSelect>
                <Field.Hint />
              </Field.Root>
              <Flex gap={4} alignItems="flex-start">
                <Field.Root name="at" required error={errorOf('at')} width="50%">
                  <Field.Label>{t('form.at', 'Date and time')}</Field.Label>
                  <TextInput
                    type="datetime-local"
                    step={1}
                    value={at}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => setAt(event.target.value)}
                  />
                  <Field.Error />
                </Field.Root>
                <Field.Root name="timeZone" required error={errorOf('timeZone')} width="50%">
                  <Field.Label>{t('form.timeZone', 'Time zone')}</Field.Label>
                  <Combobox
                    value={timeZone}
                    textValue={zoneText}
                    onTextValueChange={setZoneText}
                    onChange={(value?: string) => {
                      if (!value) return;
                      setTimeZone(value);
                      setZoneText(value);
                    }}
                  >
                    {timeZones.map((zone) => (
                      <ComboboxOption key={zone} value={zone}>
                        {zone}
                      </ComboboxOption>
                    ))}
                  </Combobox>
                  <Field.Error />
                </Field.Root>
              </Flex>
              {instant?.ok && (
                <Typography variant="pi" textColor="neutral600" data-testid="embargo-form-preview">
                  {t('form.preview', 'Lifts at {there}; your time: {here}', {
                    there: formatInstant(instant.instant.toISOString(), timeZone),
                    here: formatInstant(instant.instant.toISOString(), browserTimeZone()),
                  })}
                </Typography>
              )}
              <Field.Root name="locales" error={errorOf('locales')}>
                <Field.Label>{t('form.locales', 'Locales')}</Field.Label>
                <Flex direction="column" alignItems="flex-start" gap={2}>
                  <Checkbox checked={allLocales} onCheckedChange={(checked: boolean | 'indeterminate') => setAllLocales(checked === true)}>
                    {t('form.allLocales', 'All locales together (including versions translators add before then)')}
                  </Checkbox>
                  {!allLocales &&
                    settings.locales.map((code) => (
                      <Checkbox
                        key={code}
                        checked={locales.includes(code)}
                        onCheckedChange={(checked: boolean | 'indeterminate') =>
                          setLocales((current) => (checked === true ? [...current, code] : current.filter((other) => other !== code)))
                        }
                      >
                        {code}
                      </Checkbox>
                    ))}
                </Flex>
                <Field.Error />
              </Field.Root>
              {kind === 'publish' && (
                <Field.Root name="versions" error={errorOf('versions')}>
                  <Field.Label>{t('form.versions', 'Which versions go out')}</Field.Label>
                  <SingleSelect
                    value={versions}
                    onChange={(value: string | number) => setVersions(value as VersionsChoice)}
                    data-testid="embargo-form-versions"
                  >
                    {versionsChoices(action?.versions ?? null).map((choice) => (
                      <SingleSelectOption key={choice} value={choice}>
                        {choice === 'latest'
                          ? t('versions.latest', 'The latest saved drafts (edits made before then go out too)')
                          : choice === 'kept'
                            ? t('versions.kept', 'The drafts as they stood when the embargo was set (later edits stay drafts)')
                            : t('versions.as-scheduled', 'The drafts as they stand now (later edits stay drafts)')}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              )}
              {error && !['at', 'timeZone', 'locales', 'versions'].includes(error.parameter ?? '') && (
                <Typography textColor="danger600" data-testid="embargo-form-error">
                  {error.message}
                </Typography>
              )}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving} data-testid="embargo-schedule-submit">
              {action ? t('form.changeSubmit', 'Save changes') : t('form.submit', 'Set embargo')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
