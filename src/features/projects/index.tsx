export function ProjectsPage() {
  return <h1 className="font-bold text-xl">projects</h1>
}
export function ProjectDetailPage({ id }: { id: string }) {
  return <h1 className="font-bold text-xl">project {id}</h1>
}
