/** Adds one mention by hand, through the same validation and dedupe as the ingest API. */
import { Button, DatePicker, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput, Textarea } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorOf } from '../api';
import { useTranslate } from '../hooks/useTranslate';
import { LANGUAGES } from '../pluginId';

export interface AgencyOption {
  documentId: string;
  slug: string | null;
  name: string | null;
}

// Most mentions added by hand are recent: the date starts at today.
const empty = () => ({ agency: '', url: '', title: '', date: new Date() as Date | undefined, language: 'ru', excerpt: '' });

export const AddMention = ({ agencies, onAdded }: { agencies: AgencyOption[]; onAdded: () => void }) => {
  const { locale } = useIntl();
  const t = useTranslate();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const set = (field: keyof ReturnType<typeof empty>) => (value: unknown) => setForm((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    try {
      await post('/syndication/mentions', {
        data: {
          agency: form.agency,
          url: form.url,
          title: form.title,
          // The day picked, at noon UTC: the same calendar day in every time zone of the agencies.
          date: form.date
            ? new Date(Date.UTC(form.date.getFullYear(), form.date.getMonth(), form.date.getDate(), 12)).toISOString()
            : undefined,
          language: form.language,
          ...(form.excerpt ? { excerpt: form.excerpt } : {}),
        },
      });
      toggleNotification({ type: 'success', message: t('add.done', 'Mention added; the counts follow.') });
      setForm(empty());
      setOpen(false);
      onAdded();
    } catch (error) {
      const { status, message, details } = errorOf(error);
      const field = details?.field ?? details?.parameter;
      if (status === 409) setErrors({ url: t('add.duplicate', 'This material is already counted (same address or identifier).') });
      else if (field) setErrors({ [field]: message });
      else setErrors({ form: message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button startIcon={<Plus />}>{t('add.open', 'Add a mention')}</Button>
      </Modal.Trigger>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header>
            <Modal.Title>{t('add.title', 'Add a mention by hand')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Field.Root name="agency" error={errors.agency} required>
                <Field.Label>{t('table.agency', 'Agency')}</Field.Label>
                <SingleSelect
                  value={form.agency}
                  onChange={(value: string | number) => set('agency')(String(value))}
                  placeholder={t('add.chooseAgency', 'Choose an agency')}
                >
                  {agencies.map((agency) => (
                    <SingleSelectOption key={agency.documentId} value={agency.slug ?? agency.documentId}>
                      {agency.name ?? agency.slug}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              <Field.Root
                name="url"
                error={errors.url}
                required
                hint={t('add.urlHint', 'The address of the material; tracking parameters are ignored.')}
              >
                <Field.Label>{t('add.url', 'Address (URL)')}</Field.Label>
                <TextInput
                  type="url"
                  value={form.url}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('url')(event.target.value)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Field.Root name="title" error={errors.title} required>
                <Field.Label>{t('mentions.title', 'Title')}</Field.Label>
                <TextInput value={form.title} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('title')(event.target.value)} />
                <Field.Error />
              </Field.Root>
              <Flex gap={4}>
                <Field.Root name="date" error={errors.date} required width="50%">
                  <Field.Label>{t('mentions.date', 'Date')}</Field.Label>
                  <DatePicker
                    locale={locale}
                    value={form.date}
                    onChange={set('date')}
                    onClear={() => set('date')(undefined)}
                    clearLabel={t('filters.clear', 'Clear')}
                  />
                  <Field.Error />
                </Field.Root>
                <Field.Root name="language" error={errors.language} required width="50%">
                  <Field.Label>{t('filters.language', 'Language')}</Field.Label>
                  <SingleSelect value={form.language} onChange={(value: string | number) => set('language')(String(value))}>
                    {LANGUAGES.map((code) => (
                      <SingleSelectOption key={code} value={code}>
                        {t(`language.${code}`, code)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Flex>
              <Field.Root name="excerpt" error={errors.excerpt}>
                <Field.Label>{t('add.excerpt', 'Excerpt (optional)')}</Field.Label>
                <Textarea
                  value={form.excerpt}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => set('excerpt')(event.target.value)}
                />
                <Field.Error />
              </Field.Root>
              {errors.form && (
                <Field.Root name="form" error={errors.form}>
                  <Field.Error />
                </Field.Root>
              )}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving}>
              {t('add.submit', 'Add')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
