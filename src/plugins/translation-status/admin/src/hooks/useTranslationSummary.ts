/** The summary route's answer, fetched once: for the status matrix and the homepage widget. */
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { ROUTES, type TranslationStatus } from '../pluginId';

export interface TranslationSummary {
  locales: string[];
  /** The locales the user may translate (every locale for editors). */
  workLocales: string[];
  contentTypes: { uid: string; displayName: string; documents: number; counts: Record<string, Record<TranslationStatus, number>> }[];
}

/** `summary` is null until it arrives; `failed` when it could not be read. */
export function useTranslationSummary() {
  const { get } = useFetchClient();
  const [summary, setSummary] = useState<TranslationSummary | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    get<{ data: TranslationSummary }>(ROUTES.summary)
      .then(({ data }) => !cancelled && setSummary(data.data))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [get]);

  return { summary, failed };
}
