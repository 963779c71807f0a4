/** UIDs of Pressroom's own content types: one constant each, no repeated strings. */
export const ANNOUNCEMENT = 'api::announcement.announcement' as const;
export const MEDIA_PARTNER = 'api::media-partner.media-partner' as const;
export const CONTRACT = 'api::contract.contract' as const;
export const PHOTO_EXHIBITION = 'api::photo-exhibition.photo-exhibition' as const;

/** The published, localized content that websites read. */
export const PUBLISHED_CONTENT_TYPES = [ANNOUNCEMENT, MEDIA_PARTNER, CONTRACT, PHOTO_EXHIBITION];

export type PressroomContentType = (typeof PUBLISHED_CONTENT_TYPES)[number];
