export function TargetsPage() {
  return <h1 className="font-bold text-xl">targets</h1>
}
