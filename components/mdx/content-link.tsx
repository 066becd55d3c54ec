import type { ComponentProps } from 'react';
import { withBasePath } from '@/lib/site';

/** Links in content: site paths get the base path; the text is the editor's. */
export function ContentLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  return (
    <a href={withBasePath(href)} {...rest}>
      {children}
    </a>
  );
}
