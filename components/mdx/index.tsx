import type { Entry } from '@/lib/content';
import type { BodyComponents } from '@/lib/mdx/render';
import { Callout } from './callout';
import { ExternalEmbed } from './external-embed';
import { PostList } from './post-list';
import { ContentImage } from './content-image';
import { ContentLink } from './content-link';
import { Highlight } from './highlight';
import { VideoEmbed } from './video-embed';
import { ResourceList } from './resource-list';
import { SiteMeasures } from './site-measures';

/**
 * The registry: what content may render. Lowercase keys replace HTML elements; capitalised keys
 * are the only components an `.mdx` file may use (anything else is an error naming the file).
 */
export function mdxComponents(entry: Entry): BodyComponents {
  return {
    a: ContentLink,
    img: (props) => <ContentImage {...props} from={entry.absPath} />,
    Callout,
    ExternalEmbed,
    Highlight,
    PostList,
    ResourceList,
    SiteMeasures,
    VideoEmbed: (props) => <VideoEmbed {...props} from={entry.absPath} />,
  };
}
