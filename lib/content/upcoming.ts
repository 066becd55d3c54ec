import { eventEndsAt, type EventInfo } from './events';

interface Post {
  date: { timestamp: number };
  event?: EventInfo;
}

/**
 * Whether a post is still to come at `now`: its event not over (a post announces its event ahead
 * of it, so the event, not the post's date, decides), or, without an event, a date after `now`.
 * The former site compared post dates; this site does not publish posts dated in the future.
 */
export function isUpcoming(post: Post, now: number): boolean {
  return post.event ? eventEndsAt(post.event) > now : post.date.timestamp > now;
}

/** Upcoming posts, the soonest first: by the event's start, else the post's date. */
export function upcomingFirst<T extends Post>(posts: readonly T[], now: number): T[] {
  const startsAt = (post: Post) => post.event?.start.timestamp ?? post.date.timestamp;
  return posts.filter((p) => isUpcoming(p, now)).toSorted((a, b) => startsAt(a) - startsAt(b));
}
