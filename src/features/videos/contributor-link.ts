/** Whether the app has contributor pages (`/contributors/:id`) to link a video's contributor to. */
export const CONTRIBUTOR_PAGES = true;
