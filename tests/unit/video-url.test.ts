import { describe, expect, it } from 'vitest';
import { parseVideoUrl } from '@/lib/mdx/video';

describe('video addresses', () => {
  it.each([
    [
      'https://www.youtube-nocookie.com/embed/x5P3uM43MnY',
      'https://www.youtube.com/watch?v=x5P3uM43MnY',
    ],
    [
      'https://www.youtube.com/embed/x5P3uM43MnY?autoplay=1',
      'https://www.youtube.com/watch?v=x5P3uM43MnY',
    ],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&t=3', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['//www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    [
      'https://www.dailymotion.com/embed/video/x85y2zz',
      'https://www.dailymotion.com/video/x85y2zz',
    ],
    [
      'https://geo.dailymotion.com/player.html?video=x85y2zz',
      'https://www.dailymotion.com/video/x85y2zz',
    ],
  ])('links %s to its page %s', (src, page) => {
    expect(parseVideoUrl(src)?.pageUrl).toBe(page);
  });

  it.each([
    'https://vimeo.com/12345',
    'https://www.youtube.com.evil.example/embed/abc',
    'https://www.youtube.com/embed/videoseries?list=PL1',
    'javascript:alert(1)',
    '/embed/abc',
  ])('refuses %s', (src) => {
    expect(parseVideoUrl(src)).toBeUndefined();
  });
});
