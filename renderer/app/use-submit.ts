import { useCallback, useState } from "react";
import { errorMessage } from "../lib/format.js";

/** What `useSubmit` gives a form. */
export interface Submit {
  /** true while `run`'s work is running */
  busy: boolean;
  /** the last failure's message for the user, null after a success or a new run */
  error: string | null;
  /** runs `work` (clearing the error first); a rejection becomes `error` instead of propagating */
  run: (work: () => Promise<void>) => Promise<void>;
}

/** A form's submit state: the busy flag and the error message around one async action at a time. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
