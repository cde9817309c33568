import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A view whose code is a separate chunk, fetched after the first frame rather than with the page. */
export interface LazyPart<P extends object> {
  /** The view; until its code has arrived it draws nothing, then redraws itself. Once loaded it draws at once. */
  View: FunctionComponent<P>;
  /** Fetches the code (once; again after a failure). */
  load(): Promise<void>;
  loaded(): boolean;
}

/**
 * `name` marks the page's timeline (`part <name> requested` / `loaded`): the
 * tests and the bench see from it that a part arrived before it was needed.
 */
export function lazyPart<P extends object>(name: string, importer: () => Promise<ComponentType<P>>): LazyPart<P> {
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
    useEffect(() => {
      if (component) return;
      let live = true;
      load().then(
        () => live && arrived((n) => n + 1),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, []);
    const Loaded = component;
    return Loaded ? <Loaded {...props} /> : null;
  }

  return { View, load, loaded: () => component !== null };
}
