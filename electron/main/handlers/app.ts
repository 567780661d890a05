import type { AppInfo } from '../../../shared/contract';

export interface AppInfoSource {
  name: string;
  version: string;
  platform: string;
  packaged: boolean;
}

export function createAppHandlers(source: AppInfoSource) {
  const platform: AppInfo['platform'] = ['linux', 'darwin', 'win32'].includes(source.platform)
    ? (source.platform as AppInfo['platform'])
    : 'other';
  return {
    'app.info': (): AppInfo => ({
      name: source.name,
      version: source.version,
      platform,
      packaged: source.packaged,
    }),
  };
}
