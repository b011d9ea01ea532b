// The script injected into every HTML page the preview serves (never into built pages).

enum ReloadScript {
    /// `errors` are shown at once when the page loads during a failed build.
    static func tag(errors: [String]) -> String {
        let initial = LiveMessage.json(type: errors.isEmpty ? "ok" : "error", items: errors)
        return "<script>/* sitegen preview */(()=>{" + body + "handle(\(initial));connect();})();</script>"
    }

    private static let body = """
    const here=location.pathname.replace(/index\\.html$/,'');let seen=false;
    function overlay(items){let o=document.getElementById('sitegen-overlay');if(!items.length){if(o)o.remove();return;}
    if(!o){o=document.createElement('div');o.id='sitegen-overlay';o.setAttribute('role','alert');
    o.style.cssText='position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto';
    document.body.appendChild(o);}o.textContent='';const h=document.createElement('p');h.textContent='sitegen: the last edit has errors; the page shows the last good build.';
    h.style.cssText='font-weight:bold;color:#ff8a80';o.appendChild(h);for(const m of items){const p=document.createElement('pre');p.textContent=m;p.style.whiteSpace='pre-wrap';o.appendChild(p);}}
    function handle(m){if(m.type==='error'){overlay(m.items);return;}overlay([]);
    if(m.type==='css'){for(const l of document.querySelectorAll('link[rel=stylesheet]')){const u=new URL(l.href);if(m.items.includes(u.pathname)){u.searchParams.set('v',Date.now());l.href=u.toString();}}}
    else if(m.type==='reload'&&(m.items.length>200||m.items.includes(here)||m.items.some(p=>p.endsWith('.css')||p.endsWith('.js')))){location.reload();}}
    function connect(){const ws=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+'/__sitegen/live');
    ws.onopen=()=>{if(seen)location.reload();};ws.onmessage=e=>{seen=true;handle(JSON.parse(e.data));};
    ws.onclose=()=>{setTimeout(connect,700);};}
    """
}
