import { projectSchema, type StackProject } from '../schemas/project.js';
import { type CallOptions, callOptions, type Requester } from './call.js';

/** Methods about the current project. */
export interface ProjectMethods {
  /**
   * `GET /projects/current`: the project the keys belong to, with its public config.
   *
   * @example
   * ```ts
   * const { displayName, config } = await client.getProject();
   * ```
   */
  getProject(options?: CallOptions): Promise<StackProject>;
}

export function projectMethods(request: Requester): ProjectMethods {
  return {
    getProject: async (options) =>
      request({
        method: 'GET',
        path: '/projects/current',
        schema: projectSchema,
        ...callOptions(options),
      }),
  };
}
