export { CodeLoadError, failedUrl, isCodeLoadError } from './errors'
export { CODE_TIMEOUT_MS, loadCode } from './load-code'
export { type Recovery, recoverFromCodeError } from './recover'
