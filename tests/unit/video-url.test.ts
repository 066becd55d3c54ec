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
    ['https://player.vimeo.com/video/123456', 'https://vimeo.com/123456'],
    [
      'https://embed.acast.com/$/669e18c83847f8c1a590bc69/680a071f3e1190c8312ef12a?',
      'https://shows.acast.com/669e18c83847f8c1a590bc69/episodes/680a071f3e1190c8312ef12a',
    ],
    [
      'https://video.mentor.gouv.fr/videos/embed/1a2b3c4d-aaaa-bbbb-cccc-1234567890ab',
      'https://video.mentor.gouv.fr/w/1a2b3c4d-aaaa-bbbb-cccc-1234567890ab',
    ],
    [
      'https://peertube.example.org/w/x6HRkyv1R7bRGPR5PdjrCf',
      'https://peertube.example.org/w/x6HRkyv1R7bRGPR5PdjrCf',
    ],
  ])('links %s to its page %s', (src, page) => {
    expect(parseVideoUrl(src)?.pageUrl).toBe(page);
  });

  it.each([
    'https://vimeo.com/channels',
    'http://peertube.example.org/videos/embed/abc123',
    'https://embed.acast.com/$/onlyshow',
    'https://www.youtube.com.evil.example/embed/abc',
    'https://www.youtube.com/embed/videoseries?list=PL1',
    'javascript:alert(1)',
    '/embed/abc',
  ])('refuses %s', (src) => {
    expect(parseVideoUrl(src)).toBeUndefined();
  });
});
