document.getElementById('app').textContent = 'Orders dashboard';
