// Must run before decap-cms-app is evaluated, so the CMS waits for CMS.init() in cms.ts.
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
export {};
