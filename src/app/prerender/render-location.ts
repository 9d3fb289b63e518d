/** The route the build prerenders into index.html (the Overview), and the one hydration starts from. */
export const PRERENDERED_PATH = '/'
