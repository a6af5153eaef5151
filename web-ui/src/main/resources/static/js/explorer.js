// The explorer's drawing: expand a node's neighbours (double-click, or the side panel's Expand
// button, or a row's button in the node table that keyboard users reach), never past the drawing's
// limit (data-max-nodes), and the node table kept in step with what is drawn. Text only by textContent.
(function () {
  'use strict';

  var KIND_NAMES = { human: 'Human identity', nhi: 'Non-human identity', identity: 'Identity', group: 'Group',
    role: 'Role', system: 'System', authpath: 'Auth path', policy: 'Policy', exception: 'Exception',
    credential: 'Credential', recoverypath: 'Recovery path', tenant: 'Tenant', other: 'Other' };

  function button(label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'small';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  function cell(value, className) {
    var td = document.createElement('td');
    td.textContent = value == null ? '' : String(value);
    if (className) { td.className = className; }
    return td;
  }

  function start(graph) {
    var config = document.getElementById('explorer-config');
    if (!config) { return; }
    var max = parseInt(config.dataset.maxNodes, 10);
    var url = config.dataset.neighboursUrl;
    var status = document.getElementById('graph-status');
    var limit = document.getElementById('graph-limit');
    var expandButton = document.getElementById('graph-expand');
    var tbody = document.querySelector('#node-table tbody');
    var selected = null;
    var first = graph.cy.nodes()[0];
    if (first && new URLSearchParams(window.location.search).get('key') === first.id()) {
      first.addClass('center');
    }

    function say(message) { status.textContent = message; }

    function expand(id) {
      if (graph.cy.nodes().length >= max) {
        limit.hidden = false;
        say('Not expanded: the drawing holds its limit of ' + max + ' nodes.');
        return;
      }
      say('Expanding...');
      fetch(url + '?key=' + encodeURIComponent(id), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) { throw new Error('the server answered ' + response.status); }
          return response.json();
        })
        .then(function (data) {
          var result = graph.add(data, max);
          if (result.refused) {
            limit.hidden = false;
            say('Not expanded: its ' + result.refused + ' new neighbours would pass the limit of ' + max + ' nodes.');
          } else {
            say(result.added + ' neighbours added' + (data.truncated ? '; it has more than ' + max + ', not all drawn.' : '.'));
            graph.select(id);
          }
        })
        .catch(function (error) { say('Could not expand: ' + error.message); });
    }

    function rows() {
      tbody.replaceChildren();
      graph.cy.nodes().forEach(function (node) {
        var tr = document.createElement('tr');
        tr.dataset.key = node.id();
        tr.appendChild(cell(node.data('label')));
        tr.appendChild(cell(KIND_NAMES[node.data('kind')] || node.data('kind')));
        tr.appendChild(cell(node.id(), 'key'));
        var actions = document.createElement('td');
        actions.className = 'nowrap';
        actions.appendChild(button('Show', function () { graph.select(node.id()); }));
        actions.appendChild(document.createTextNode(' '));
        actions.appendChild(button('Expand', function () { expand(node.id()); }));
        tr.appendChild(actions);
        tbody.appendChild(tr);
      });
    }

    graph.onSelect(function (node) {
      selected = node.id();
      if (expandButton) { expandButton.hidden = false; }
    });
    if (expandButton) {
      expandButton.addEventListener('click', function () { if (selected) { expand(selected); } });
    }
    graph.cy.on('dbltap', 'node', function (e) { expand(e.target.id()); });
    graph.onChange(rows);
    rows();
  }

  if (window.Faultline && window.Faultline.graph) {
    start(window.Faultline.graph);
  } else {
    document.addEventListener('faultline:graph', function (event) { start(event.detail); });
  }
})();
