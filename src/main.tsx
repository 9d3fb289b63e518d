import { boot } from './app/boot'
import './styles.css'

const root = document.getElementById('root')
if (root) void boot(root)
