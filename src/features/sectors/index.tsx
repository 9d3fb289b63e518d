export function SectorsPage() {
  return <h1 className="font-bold text-xl">sectors</h1>
}
export function SectorPage({ id }: { id: string }) {
  return <h1 className="font-bold text-xl">sector {id}</h1>
}
