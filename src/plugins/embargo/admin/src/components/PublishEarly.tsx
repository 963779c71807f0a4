/**
 * Publishing before the embargo, on purpose: a dialog naming the embargo, then the Content
 * Manager's own publish route with the confirmation header the early-publish guard asks for.
 */
import { Button, Dialog } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useTranslate } from '../hooks/useTranslate';
import { CONFIRM_HEADER, messageOf, ROUTES, type EmbargoAction } from '../pluginId';

interface PublishEarlyProps {
  action: EmbargoAction;
  model: string;
  documentId: string;
  locale: string;
  onPublished: () => void;
}

export const PublishEarly = ({ action, model, documentId, locale, onPublished }: PublishEarlyProps) => {
  const t = useTranslate();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();

  const publish = async () => {
    try {
      await post(ROUTES.publish(model, documentId, locale), {}, { headers: { [CONFIRM_HEADER]: String(action.id) } });
      toggleNotification({ type: 'success', message: t('early.published', 'Published before the embargo') });
      onPublished();
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    }
  };

  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button variant="danger-light" size="S" data-testid="embargo-publish-early">
          {t('early.open', 'Publish {locale} now…', { locale })}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('early.title', 'Break the embargo?')}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          {t('early.body', 'This document is embargoed until {time} ({zone}), set by {name}. Publish the {locale} version now anyway?', {
            time: action.dueAtInZone,
            zone: action.timeZone,
            name: action.scheduledBy.name ?? '—',
            locale,
          })}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('action.cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button variant="danger" onClick={publish} data-testid="embargo-publish-early-confirm">
              {t('early.confirm', 'Publish now')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
