import type { ComponentChild, ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A view whose code is a separate chunk, fetched after the first frame rather than with the page. */
export interface LazyPart<P extends object> {
  /** The view; until its code has arrived it draws nothing, then redraws itself. Once loaded it draws at once. */
  View: FunctionComponent<P>;
  /** Fetches the code (once; again after a failure). */
  load(): Promise<void>;
  loaded(): boolean;
}

/** What a part shows while its code is on its way, and if it could not be fetched (nothing, unless given). */
export interface LazyPartStates {
  loading?: () => ComponentChild;
  failed?: () => ComponentChild;
}

/**
 * `name` marks the page's timeline (`part <name> requested` / `loaded`): the
 * tests and the bench see from it that a part arrived before it was needed.
 */
export function lazyPart<P extends object>(name: string, importer: () => Promise<ComponentType<P>>, states: LazyPartStates = {}): LazyPart<P> {
  let component: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;

  const load = (): Promise<void> => {
    if (loading) return loading;
    performance.mark(`part ${name} requested`);
    loading = importer().then(
      (loaded) => {
        component = loaded;
        performance.mark(`part ${name} loaded`);
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  function View(props: P) {
    const [, arrived] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let live = true;
      load().then(
        () => live && arrived((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    const Loaded = component;
    if (Loaded) return <Loaded {...props} />;
    return (failed ? states.failed?.() : states.loading?.()) ?? null;
  }

  return { View, load, loaded: () => component !== null };
}
