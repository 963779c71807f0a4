/** Reading the plugin's admin routes from React: one hook, reloadable, aware of failures. */
import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';

export interface Remote<T> {
  data: T | null;
  error: { status?: number; message: string } | null;
  loading: boolean;
  reload: () => void;
}

/** The message of a failed request, as the server wrote it. */
export const errorOf = (error: any): { status?: number; message: string; details?: any } => ({
  status: error?.status ?? error?.response?.status,
  message: error?.response?.data?.error?.message ?? error?.message ?? String(error),
  details: error?.response?.data?.error?.details,
});

/** GET `url` with `params` (arrays repeat the parameter); null url: nothing to load yet. */
export function useRemote<T>(url: string | null, params: Record<string, unknown> = {}): Remote<T> {
  const { get } = useFetchClient();
  const [state, setState] = useState<Omit<Remote<T>, 'reload'>>({ data: null, error: null, loading: url !== null });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(params);

  useEffect(() => {
    if (url === null) return;
    let cancelled = false;
    setState((previous) => ({ ...previous, loading: true }));
    get<T>(url, { params: JSON.parse(key) })
      .then(({ data }) => !cancelled && setState({ data, error: null, loading: false }))
      .catch((error) => !cancelled && setState({ data: null, error: errorOf(error), loading: false }));
    return () => {
      cancelled = true;
    };
  }, [get, url, key, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { ...state, reload };
}

/** The query of the stats and mention routes, without empty values. */
export function filterParams(filter: Record<string, string | string[] | null | undefined>) {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null && value !== undefined && value !== ''));
}
