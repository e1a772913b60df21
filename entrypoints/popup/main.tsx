import { render } from 'preact';

render(<p>Microlens</p>, document.getElementById('app')!);
