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
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(params);
  const request = `${version} ${url} ${key}`;
  // The answer remembers which request it answers: until the current one's arrives, the last
  // answer stays on screen and `loading` is true.
  const [answer, setAnswer] = useState<{ request: string | null; data: T | null; error: Remote<T>['error'] }>({
    request: null,
    data: null,
    error: null,
  });

  useEffect(() => {
    if (url === null) return;
    let cancelled = false;
    get<T>(url, { params: JSON.parse(key) })
      .then(({ data }) => !cancelled && setAnswer({ request, data, error: null }))
      .catch((error) => !cancelled && setAnswer({ request, data: null, error: errorOf(error) }));
    return () => {
      cancelled = true;
    };
  }, [get, url, key, request]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { data: answer.data, error: answer.error, loading: url !== null && answer.request !== request, reload };
}

/** The query of the stats and mention routes, without empty values. */
export function filterParams(filter: Record<string, string | string[] | null | undefined>) {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null && value !== undefined && value !== ''));
}
