import type { Method, Output, ParsedInput } from '../../shared/api/contract';
import type { AppContext } from './context';

export type Handler<M extends Method> = (ctx: AppContext, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;

/** A handler for each method whose name starts with the area's prefix, e.g. 'members.'. */
export type AreaHandlers<P extends string> = { [M in Method as M extends `${P}${string}` ? M : never]: Handler<M> };

export type HandlerTable = { [M in Method]: Handler<M> };

/**
 * Every delete handler's answer: the service deletes (or throws why it cannot), the caller
 * learns it went. `'x.delete': ({ db }, { id }) => deleted(() => deleteX(db, id))`.
 */
export function deleted(run: () => void): { deleted: true } {
  run();
  return { deleted: true };
}
