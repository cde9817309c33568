import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/send';

function Options() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void send('ping', null).then((result) => setVersion(result.ok ? result.data.version : `error: ${result.error.message}`));
  }, []);
  return (
    <main>
      <h1>WebPOS Counter</h1>
      <p data-testid="background-version">{version ?? '…'}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
