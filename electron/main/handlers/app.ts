import type { AppInfo } from '../../../shared/contract';
import type { appContract } from '../../../shared/contract/app';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export interface AppInfoSource {
  name: string;
  version: string;
  platform: string;
  packaged: boolean;
}

export function createAppHandlers({ appInfo, clipboard }: HandlerDeps): SliceHandlers<typeof appContract> {
  const platform: AppInfo['platform'] = ['linux', 'darwin', 'win32'].includes(appInfo.platform)
    ? (appInfo.platform as AppInfo['platform'])
    : 'other';
  return {
    'app.info': () => ({
      name: appInfo.name,
      version: appInfo.version,
      platform,
      packaged: appInfo.packaged,
    }),
    'app.copyText': ({ text }) => {
      clipboard.writeText(text);
      return null;
    },
  };
}
