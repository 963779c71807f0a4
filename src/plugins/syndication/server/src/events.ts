/**
 * Events the plugin emits on strapi.eventHub (awaited), for the app to follow: its read cache
 * forgets cached stats when the counts change.
 */
import type { Core } from '@strapi/strapi';

/** Mentions or rollups changed, and the change is committed. */
export const COUNTS_CHANGED = 'syndication::counts.changed';

export const countsChanged = (strapi: Core.Strapi) => strapi.eventHub.emit(COUNTS_CHANGED);
