/**
 * Content Manager edit view side panel: the document's pending embargoes (time in their zone and
 * the editor's, countdown, who set them), and for those who may: set one, change or lift one, publish early.
 */
import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { useTranslate } from '../hooks/useTranslate';
import { messageOf, PERMISSIONS, ROUTES, type EmbargoAction, type EmbargoSettings } from '../pluginId';
import { ActionSummary } from './ActionSummary';
import { PublishEarly } from './PublishEarly';
import { ScheduleForm } from './ScheduleForm';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string; locale?: string };
}

const PanelContent = ({
  model,
  documentId,
  locale,
  actions,
  settings,
  canSchedule,
  reload,
}: {
  model: string;
  documentId: string;
  locale: string | undefined;
  actions: EmbargoAction[];
  settings: EmbargoSettings;
  canSchedule: boolean;
  reload: () => void;
}) => {
  const t = useTranslate();
  const { del } = useFetchClient();
  const { toggleNotification } = useNotification();

  const cancel = async (action: EmbargoAction) => {
    try {
      await del(ROUTES.action(action.id));
      toggleNotification({ type: 'success', message: t('panel.cancelled', 'Embargo lifted') });
      reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="embargo-panel">
      {actions.length === 0 && <Typography textColor="neutral600">{t('panel.none', 'No embargo on this document.')}</Typography>}
      {actions.map((action) => (
        <Flex key={action.id} direction="column" alignItems="stretch" gap={2}>
          <ActionSummary action={action} />
          {canSchedule && (
            <Flex gap={2} wrap="wrap">
              <ScheduleForm model={model} documentId={documentId} settings={settings} action={action} onScheduled={reload} />
              <Button variant="tertiary" size="S" onClick={() => cancel(action)} data-testid="embargo-cancel">
                {t('panel.cancel', 'Lift embargo')}
              </Button>
              {action.kind === 'publish' && locale && (action.locales === null || action.locales.includes(locale)) && (
                <PublishEarly action={action} model={model} documentId={documentId} locale={locale} onPublished={reload} />
              )}
            </Flex>
          )}
        </Flex>
      ))}
      {canSchedule && <ScheduleForm model={model} documentId={documentId} settings={settings} onScheduled={reload} />}
    </Flex>
  );
};

/** A description component: Strapi renders it and shows the panel when it returns one. */
export const EmbargoPanel = ({ model, documentId, document }: PanelProps) => {
  const t = useTranslate();
  const { get } = useFetchClient();
  const { allowedActions } = useRBAC({ read: PERMISSIONS.read, schedule: PERMISSIONS.schedule });
  const [state, setState] = useState<{ actions: EmbargoAction[]; settings: EmbargoSettings } | null>(null);

  const load = useCallback(() => {
    if (!documentId) return;
    const query = `?contentType=${encodeURIComponent(model)}&documentId=${encodeURIComponent(documentId)}&when=upcoming&pageSize=100`;
    Promise.all([get<{ data: EmbargoAction[] }>(`${ROUTES.actions}${query}`), get<{ data: EmbargoSettings }>(ROUTES.settings)])
      .then(([actions, settings]) =>
        setState(settings.data.data.contentTypes.includes(model) ? { actions: actions.data.data, settings: settings.data.data } : null)
      )
      .catch(() => setState(null)); // no permission: no panel
  }, [get, model, documentId]);

  // Reload after every save or publish of the document (its updatedAt changes).
  useEffect(load, [load, document?.updatedAt]);

  if (!documentId || !state || !allowedActions.canRead) return null;
  return {
    title: t('plugin.name', 'Embargo'),
    content: (
      <PanelContent
        model={model}
        documentId={documentId}
        locale={document?.locale}
        actions={state.actions}
        settings={state.settings}
        canSchedule={allowedActions.canSchedule}
        reload={load}
      />
    ),
  };
};
