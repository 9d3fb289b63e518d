export function PresentationPage() {
  return <h1 className="font-bold text-xl">presentation</h1>
}
