// Some bundlers (SvelteKit's _app/, Next.js's _next/) put every asset under a folder whose name starts with "_".
document.getElementById('app').textContent = 'All systems operational';
