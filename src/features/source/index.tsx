export function SourcePage() {
  return <h1 className="font-bold text-xl">source</h1>
}
