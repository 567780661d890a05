export { LocationMenu } from './LocationMenu';
export { SessionGate } from './SessionGate';
export { currentLocation, sessionKeys, useOpenLocation, useSession } from './useSession';
