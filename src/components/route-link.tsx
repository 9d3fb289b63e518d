import type { AnchorHTMLAttributes, ReactNode } from 'react'
import { Link } from 'wouter'
import type { Route } from '@/lib/routes/routes'
import { useHref } from '@/lib/routes/use-href'

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: Route; children: ReactNode }

/** A link to a screen of the app, built by the route builder, carrying the report being shown. */
export function RouteLink({ to, children, ...rest }: Props) {
  const href = useHref()
  return (
    <Link href={href(to)} {...rest}>
      {children}
    </Link>
  )
}
