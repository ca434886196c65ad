(function () {
  'use strict';
  // Draws the runs embedded as JSON above. Text from the scenario reaches the page only through
  // textContent and attribute values, never as markup.
  var data = JSON.parse(document.getElementById('trace-data').textContent);
  var NS = 'http://www.w3.org/2000/svg';
  // Widths of the charts' coordinate systems: the timeline and the third parties span a panel,
  // the issues and parties sit two to four abreast, so their text is set larger relative to them.
  var WIDE = 640;
  var NARROW = 380;
  var LEFT = 44;
  var RIGHT = 12;
  var palette = data.palette;
  var longest = 0;
  data.runs.forEach(function (run) { longest = Math.max(longest, run.steps.length); });
  var panels = [];

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function svg(tag, attributes, parent) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function titled(node, text) {
    svg('title', {}, node).textContent = text;
    return node;
  }

  // Four decimals, as trace --csv writes them (Java's "%.4f"); empty when the number does not apply.
  function number(value) {
    if (value === null || value === undefined) return '';
    if (Object.is(value, -0)) return '-0.0000';
    return value.toFixed(4);
  }

  function x(index, width) {
    return LEFT + ((width || WIDE) - LEFT - RIGHT) * index / Math.max(1, longest - 1);
  }

  // The index of the first step on or after a date (ISO dates compare as strings); -1 when after the run.
  function stepAt(steps, date) {
    for (var i = 0; i < steps.length; i++) {
      if (steps[i].date >= date) return i;
    }
    return -1;
  }

  function chart(height, label, width) {
    var node = svg('svg', {viewBox: '0 0 ' + width + ' ' + height, 'class': 'chart', role: 'img', 'aria-label': label});
    node.chartWidth = width;
    return node;
  }

  function cursor(node, top, bottom) {
    var line = svg('line', {x1: LEFT, x2: LEFT, y1: top, y2: bottom, stroke: '#222222', 'stroke-width': 1.5}, node);
    line.chartWidth = node.chartWidth;
    return line;
  }

  function polyline(node, points, colour, dash, width) {
    var runs = [];
    var current = [];
    points.forEach(function (point) {
      if (point === null) {
        if (current.length) runs.push(current);
        current = [];
      } else {
        current.push(point[0].toFixed(1) + ',' + point[1].toFixed(1));
      }
    });
    if (current.length) runs.push(current);
    runs.forEach(function (run) {
      if (run.length === 1) run.push(run[0]);
      svg('polyline', {points: run.join(' '), fill: 'none', stroke: colour, 'stroke-width': width || 1.8,
        'stroke-dasharray': dash || 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round'}, node);
    });
  }

  // A y axis for values on [0, 1] between top and bottom, with a grid.
  function unitAxis(node, top, bottom, ticks) {
    ticks.forEach(function (tick) {
      var y = bottom - (bottom - top) * tick;
      svg('line', {x1: LEFT, x2: node.chartWidth - RIGHT, y1: y, y2: y, stroke: '#e4e4e4'}, node);
      svg('text', {x: LEFT - 4, y: y + 4, 'text-anchor': 'end', 'font-size': 10}, node).textContent = String(tick);
    });
    return function (value) { return bottom - (bottom - top) * Math.max(0, Math.min(1, value)); };
  }

  function dateAxis(node, steps, y) {
    var count = node.chartWidth < 500 ? 3 : 5;
    for (var k = 0; k < count; k++) {
      var index = Math.round(k * (steps.length - 1) / (count - 1));
      svg('text', {x: x(index, node.chartWidth), y: y, 'text-anchor': k === 0 ? 'start' : (k === count - 1 ? 'end' : 'middle'),
        'font-size': 10}, node).textContent = steps[index].date;
    }
  }

  function legend(items) {
    var box = el('div', {'class': 'legend'});
    items.forEach(function (item) {
      var span = el('span');
      var swatch = el('span', {'class': 'swatch ' + (item.dash || '')});
      swatch.style.borderTopColor = item.colour;
      span.appendChild(swatch);
      span.appendChild(document.createTextNode(item.label));
      box.appendChild(span);
    });
    return box;
  }

  // A cell holding one number of the current step, named by its trace --csv column.
  function cell(panel, column, kind) {
    var td = el('td', {'class': kind === 'text' ? '' : 'num', 'data-col': column});
    panel.cells.push({node: td, column: column});
    return td;
  }

  function show(td, value, text) {
    td.setAttribute('data-value', value);
    td.textContent = text === undefined ? (value === '' ? '–' : value) : text;
  }

  function table(rows) {
    var t = el('table');
    rows.forEach(function (row) {
      var tr = el('tr');
      tr.appendChild(el('th', {scope: 'row'}, row[0]));
      row.slice(1).forEach(function (td) { tr.appendChild(td); });
      t.appendChild(tr);
    });
    return t;
  }

  function timeline(panel) {
    var run = panel.run;
    var steps = run.steps;
    var node = chart(132, 'Timeline of run ' + run.run + ': states, deadlines, events, clashes, spoiler incidents, '
      + 'pauses and milestones', WIDE);
    node.classList.add('timeline');
    node.setAttribute('tabindex', '-1');
    // States as a strip.
    var start = 0;
    for (var i = 1; i <= steps.length; i++) {
      if (i === steps.length || steps[i].state !== steps[start].state) {
        var state = steps[start].state;
        titled(svg('rect', {x: x(start), y: 56, width: Math.max(1, x(i - 1) - x(start) + (x(1) - x(0))), height: 14,
          fill: palette.states[state] || '#cccccc'}, node), state.toLowerCase().replace(/_/g, ' ') + ' from '
          + steps[start].date);
        start = i;
      }
    }
    // Pauses.
    steps.forEach(function (step, index) {
      if (step.paused) {
        titled(svg('rect', {x: x(index) - 2, y: 74, width: Math.max(3, x(1) - x(0)), height: 10, fill: '#555555'},
          node), 'paused ' + step.date);
      }
    });
    // Deadlines as windows.
    data.deadlines.forEach(function (deadline) {
      var from = stepAt(steps, deadline.date);
      if (from < 0) return;
      var to = stepAt(steps, deadline.end || deadline.date);
      if (to < 0) to = steps.length - 1;
      titled(svg('rect', {x: x(from) - 1, y: 8, width: Math.max(3, x(to) - x(from) + 2), height: 12,
        fill: palette.deadline, 'fill-opacity': 0.35, stroke: palette.deadline}, node), 'deadline: ' + deadline.label
        + ' (' + deadline.date + (deadline.end && deadline.end !== deadline.date ? ' to ' + deadline.end : '')
        + ')');
    });
    // Scheduled events.
    data.events.forEach(function (event) {
      var at = stepAt(steps, event.date);
      if (at < 0) return;
      var group = titled(svg('g', {}, node), 'event: ' + event.label + ' (' + event.date + ')');
      svg('line', {x1: x(at), x2: x(at), y1: 22, y2: 52, stroke: '#222222', 'stroke-width': 1}, group);
      svg('path', {d: 'M' + (x(at) - 4) + ',22 h8 l-4,6 z', fill: '#222222'}, group);
    });
    // Clashes and spoiler incidents, where their counts rise.
    steps.forEach(function (step, index) {
      var before = index === 0 ? {clashes: 0, spoilers: 0} : steps[index - 1];
      if (step.clashes > before.clashes) {
        titled(svg('path', {d: 'M' + (x(index) - 4) + ',34 l8,8 m0,-8 l-8,8', stroke: palette.clash,
          'stroke-width': 2.5}, node), 'clash ' + step.date);
      }
      if (step.spoilers > before.spoilers) {
        titled(svg('path', {d: 'M' + x(index) + ',32 l5,6 l-5,6 l-5,-6 z', fill: palette.spoiler}, node),
          'spoiler incident ' + step.date);
      }
    });
    // Ratification milestones.
    run.milestones.forEach(function (milestone, k) {
      var at = stepAt(steps, milestone.date);
      if (at < 0) at = steps.length - 1;
      var group = titled(svg('g', {}, node), milestone.label + ' ' + milestone.date);
      svg('line', {x1: x(at), x2: x(at), y1: 52, y2: 96, stroke: palette.states.SIGNED, 'stroke-width': 1.5}, group);
      svg('circle', {cx: x(at), cy: 96, r: 3, fill: palette.states.SIGNED}, group);
      // Labels alternate in height so that milestones a few weeks apart stay readable.
      var right = x(at) > WIDE - 120;
      svg('text', {x: x(at) + (right ? -5 : 5), y: 100 + (k % 2) * 10, 'font-size': 9,
        'text-anchor': right ? 'end' : 'start'}, group).textContent = milestone.label;
    });
    dateAxis(node, steps, 126);
    panel.timelineCursor = cursor(node, 4, 112);
    node.addEventListener('click', function (event) {
      var box = node.getBoundingClientRect();
      var at = (event.clientX - box.left) / box.width * WIDE;
      var index = Math.round((at - LEFT) / (WIDE - LEFT - RIGHT) * Math.max(1, longest - 1));
      go(Math.max(0, Math.min(longest - 1, index)));
    });
    var milestoneText = run.milestones.map(function (m) { return m.label + ' ' + m.date; }).join(' · ');
    var box = el('div');
    box.appendChild(node);
    box.appendChild(legend([
      {label: 'deadline window', colour: palette.deadline},
      {label: 'event ▼', colour: '#222222'},
      {label: 'clash ×', colour: palette.clash},
      {label: 'spoiler incident ◆', colour: palette.spoiler},
      {label: 'paused', colour: '#555555'},
      {label: 'milestone ●', colour: palette.states.SIGNED}
    ]));
    var states = [];
    Object.keys(palette.states).forEach(function (state) {
      if (steps.some(function (s) { return s.state === state; })) {
        states.push({label: state.toLowerCase().replace(/_/g, ' '), colour: palette.states[state]});
      }
    });
    box.appendChild(legend(states));
    box.appendChild(el('p', {'class': 'note'}, milestoneText ? 'Milestones: ' + milestoneText + '.'
      : 'No ratification milestone was reached.'));
    return box;
  }

  function issueBlock(panel, issueIndex) {
    var run = panel.run;
    var steps = run.steps;
    var issue = data.issues[issueIndex];
    var first = data.parties[0];
    var second = data.parties[1];
    var block = el('div');
    block.appendChild(el('h4', {}, issue.name));
    var node = chart(170, issue.name + ': offers, draft and settled value over time', NARROW);
    var xn = function (index) { return x(index, NARROW); };
    var y = unitAxis(node, 10, 128, [0, 0.5, 1]);
    [0, 1].forEach(function (p) {
      var colour = palette.parties[p];
      var ideal = run.ideal[p][issueIndex];
      var reservation = run.reservation[p][issueIndex];
      titled(svg('line', {x1: LEFT, x2: NARROW - RIGHT, y1: y(ideal), y2: y(ideal), stroke: colour, 'stroke-width': 1,
        'stroke-opacity': 0.6}, node), data.parties[p].name + ' ideal ' + number(ideal));
      titled(svg('line', {x1: LEFT, x2: NARROW - RIGHT, y1: y(reservation), y2: y(reservation), stroke: colour,
        'stroke-width': 1, 'stroke-dasharray': '2 3'}, node), data.parties[p].name + ' reservation '
        + number(reservation));
      polyline(node, steps.map(function (step, index) {
        var offer = step.issues[issueIndex][p === 0 ? 'first' : 'second'];
        return offer === null || step.issues[issueIndex].status !== 'OPEN' ? null : [xn(index), y(offer)];
      }), colour, p === 0 ? null : '7 4');
    });
    steps.forEach(function (step, index) {
      var drafted = step.issues[issueIndex].drafted;
      if (drafted !== null) svg('circle', {cx: xn(index), cy: y(drafted), r: 1.6, fill: palette.draft}, node);
    });
    ['TENTATIVE', 'AGREED'].forEach(function (status) {
      polyline(node, steps.map(function (step, index) {
        var at = step.issues[issueIndex];
        return at.status === status && at.value !== null ? [xn(index), y(at.value)] : null;
      }), palette.agreed, status === 'TENTATIVE' ? '3 3' : null, 3);
    });
    svg('text', {x: LEFT, y: 146, 'font-size': 11}, node).textContent = '0: ' + first.name + '’s side';
    svg('text', {x: NARROW - RIGHT, y: 146, 'font-size': 11, 'text-anchor': 'end'}, node).textContent = '1: '
      + second.name + '’s side';
    dateAxis(node, steps, 162);
    panel.cursors.push(cursor(node, 10, 128));
    block.appendChild(node);
    var column = 'issue.' + issue.id + '.';
    var status = cell(panel, column + 'status', 'text');
    block.appendChild(table([
      [first.name + ' offers', cell(panel, column + first.id)],
      [second.name + ' offers', cell(panel, column + second.id)],
      ['Draft', cell(panel, column + 'drafted')],
      ['Status', status],
      ['Settled or agreed at', cell(panel, column + 'value')]
    ]));
    return block;
  }

  function partyBlock(panel, p) {
    var run = panel.run;
    var steps = run.steps;
    var party = data.parties[p];
    var colour = palette.parties[p];
    var block = el('div');
    block.appendChild(el('h4', {}, party.name));
    var node = chart(160, party.name + ': utility of the draft with side payments against its acceptance floor',
      NARROW);
    var xn = function (index) { return x(index, NARROW); };
    var y = unitAxis(node, 10, 134, [0, 0.5, 1]);
    steps.forEach(function (step, index) {
      var at = step.parties[p];
      if (at.acceptableLow !== null && at.acceptableHigh !== null) {
        svg('rect', {x: xn(index) - 1.5, width: 3, y: y(at.acceptableHigh),
          height: Math.max(1, y(at.acceptableLow) - y(at.acceptableHigh)), fill: colour, 'fill-opacity': 0.18}, node);
      }
    });
    polyline(node, steps.map(function (step, index) {
      return [xn(index), y(step.parties[p].batna)];
    }), '#777777', '1 3');
    polyline(node, steps.map(function (step, index) {
      return [xn(index), y(step.parties[p].acceptanceFloor)];
    }), palette.draft, '6 3');
    polyline(node, steps.map(function (step, index) {
      var at = step.parties[p];
      return at.draftUtility === null ? null : [xn(index), y(at.draftUtility + at.sidePayments)];
    }), colour);
    dateAxis(node, steps, 152);
    panel.cursors.push(cursor(node, 10, 134));
    block.appendChild(node);
    block.appendChild(legend([
      {label: 'draft + side payments', colour: colour},
      {label: 'acceptance floor', colour: palette.draft, dash: 'dashed'},
      {label: 'effective batna', colour: '#777777', dash: 'dotted'},
      {label: 'acceptable set (nash drafting)', colour: colour}
    ]));
    var id = party.id + '.';
    var answer = cell(panel, id + 'acceptsDraft', 'text');
    panel.answers.push({node: answer, party: p});
    var pressure = function (source) {
      var td = cell(panel, id + 'pressure.' + source);
      panel.bars.push({node: td, party: p, source: source});
      return td;
    };
    block.appendChild(table([
      ['Clock τ', cell(panel, id + 'clock')],
      ['Share conceded α(τ)', cell(panel, id + 'share')],
      ['Pressure: mediators', pressure('mediator')],
      ['Pressure: deadlines', pressure('deadline')],
      ['Pressure: reciprocity', pressure('reciprocity')],
      ['Pressure: patrons (against)', pressure('patron')],
      ['Effective batna', cell(panel, id + 'batna')],
      ['Utility of its own offer', cell(panel, id + 'offerUtility')],
      ['Utility of the draft', cell(panel, id + 'draftUtility')],
      ['Side payments', cell(panel, id + 'sidePayments')],
      ['Acceptance floor', cell(panel, id + 'acceptanceFloor')],
      ['Accepts the draft', answer],
      ['Acceptable set, lowest', cell(panel, id + 'acceptableLow')],
      ['Acceptable set, highest', cell(panel, id + 'acceptableHigh')],
      ['Floor missed by', cell(panel, id + 'floorMiss')]
    ]));
    return block;
  }

  function thirdParties(panel) {
    var run = panel.run;
    var steps = run.steps;
    var block = el('div');
    if (!data.mediators.length && !data.patrons.length) {
      block.appendChild(el('p', {'class': 'note'}, 'The scenario has no mediators or patrons.'));
      return block;
    }
    var node = chart(140, 'Mediators’ standing and patrons’ influence over time', WIDE);
    var y = unitAxis(node, 10, 118, [0, 0.5, 1]);
    var items = [];
    data.mediators.forEach(function (mediator, m) {
      var colour = palette.series[m % palette.series.length];
      polyline(node, steps.map(function (step, index) {
        return step.mediators.length ? [x(index), y(step.mediators[m].standing)] : null;
      }), colour);
      items.push({label: mediator.name + ' standing', colour: colour});
    });
    data.patrons.forEach(function (patron, r) {
      var colour = palette.series[(data.mediators.length + r) % palette.series.length];
      polyline(node, steps.map(function (step, index) {
        return step.patrons.length ? [x(index), y(step.patrons[r])] : null;
      }), colour, '7 4');
      items.push({label: patron.name + ' influence', colour: colour, dash: 'dashed'});
    });
    dateAxis(node, steps, 134);
    panel.cursors.push(cursor(node, 10, 118));
    block.appendChild(node);
    block.appendChild(legend(items));
    var t = el('table');
    var head = el('tr');
    ['', 'engagement', 'trust of ' + data.parties[0].name, 'trust of ' + data.parties[1].name, 'standing']
      .forEach(function (text, k) { head.appendChild(el('th', {'class': k ? 'num' : ''}, text)); });
    t.appendChild(head);
    data.mediators.forEach(function (mediator, m) {
      var tr = el('tr');
      var name = el('th', {scope: 'row'}, mediator.name);
      panel.leads.push({node: name, id: mediator.id, name: mediator.name});
      tr.appendChild(name);
      ['engagement', 'firstTrust', 'secondTrust', 'standing'].forEach(function (field) {
        var td = el('td', {'class': 'num', 'data-mediator': mediator.id + '.' + field});
        panel.mediatorCells.push({node: td, index: m, field: field});
        tr.appendChild(td);
      });
      t.appendChild(tr);
    });
    data.patrons.forEach(function (patron, r) {
      var tr = el('tr');
      tr.appendChild(el('th', {scope: 'row'}, patron.name + ' (patron)'));
      var td = el('td', {'class': 'num', 'data-patron': patron.id + '.influence'});
      panel.patronCells.push({node: td, index: r});
      tr.appendChild(el('td', {'class': 'num'}, 'influence'));
      tr.appendChild(td);
      t.appendChild(tr);
    });
    block.appendChild(t);
    return block;
  }

  function logBlock(panel) {
    var block = el('div');
    panel.thisStep = el('div', {'class': 'this-step', 'aria-live': 'polite'});
    block.appendChild(panel.thisStep);
    var list = el('ol', {'class': 'log', 'aria-label': 'What happened, step by step'});
    panel.run.steps.forEach(function (step, index) {
      if (!step.log.length) return;
      var item = el('li');
      item.appendChild(el('time', {datetime: step.date}, step.date));
      item.appendChild(document.createTextNode(step.log.join(' ')));
      item.addEventListener('click', function () { go(index); });
      panel.logItems.push({node: item, index: index});
      list.appendChild(item);
    });
    panel.logList = list;
    block.appendChild(list);
    return block;
  }

  function build(run) {
    var panel = {run: run, cells: [], cursors: [], bars: [], answers: [], leads: [], mediatorCells: [],
      patronCells: [], logItems: []};
    var section = el('section', {'class': 'run', 'data-run': String(run.run), 'aria-label': 'Run ' + run.run});
    section.appendChild(el('h2', {}, 'Run ' + run.run + ' — ' + run.outcome.toLowerCase() + ' (seed ' + run.seed
      + ')'));
    var now = el('p', {'class': 'now'});
    panel.date = el('span', {'data-col': 'date'});
    panel.step = el('span', {'data-col': 'step'});
    panel.state = el('span', {'class': 'state', 'data-col': 'state'});
    panel.paused = el('span', {'class': 'badge', 'data-col': 'paused'}, 'paused');
    panel.lead = el('span', {'data-col': 'lead'});
    panel.counts = el('span');
    panel.clashes = el('span', {'data-col': 'clashes'});
    panel.spoilers = el('span', {'data-col': 'spoilers'});
    [panel.date, document.createTextNode(' · step '), panel.step, document.createTextNode(' · '), panel.state,
      document.createTextNode(' '), panel.paused, document.createTextNode(' · lead mediator: '), panel.lead,
      document.createTextNode(' · clashes '), panel.clashes, document.createTextNode(', spoiler incidents '),
      panel.spoilers].forEach(function (n) { now.appendChild(n); });
    section.appendChild(now);
    section.appendChild(el('h3', {}, 'Timeline'));
    section.appendChild(timeline(panel));
    section.appendChild(el('h3', {}, 'What happened'));
    section.appendChild(logBlock(panel));
    section.appendChild(el('h3', {}, 'Issues'));
    section.appendChild(legend([
      {label: data.parties[0].name + ' offer', colour: palette.parties[0]},
      {label: data.parties[1].name + ' offer', colour: palette.parties[1], dash: 'dashed'},
      {label: 'ideal (thin) and reservation (dotted)', colour: '#777777', dash: 'dotted'},
      {label: 'mediator’s draft (dots)', colour: palette.draft, dash: 'dotted'},
      {label: 'settled (dashed) or agreed', colour: palette.agreed}
    ]));
    var issues = el('div', {'class': 'issues'});
    data.issues.forEach(function (issue, i) { issues.appendChild(issueBlock(panel, i)); });
    section.appendChild(issues);
    section.appendChild(el('h3', {}, 'Parties: why the draft is accepted or refused'));
    var parties = el('div', {'class': 'parties'});
    [0, 1].forEach(function (p) { parties.appendChild(partyBlock(panel, p)); });
    section.appendChild(parties);
    section.appendChild(el('h3', {}, 'Mediators and patrons'));
    section.appendChild(thirdParties(panel));
    panels.push(panel);
    return section;
  }

  function partyValue(at, suffix) {
    switch (suffix) {
      case 'pressure.mediator': return at.mediator;
      case 'pressure.deadline': return at.deadline;
      case 'pressure.reciprocity': return at.reciprocity;
      case 'pressure.patron': return at.patron;
      default: return at[suffix];
    }
  }

  // The value of a trace --csv column at a step, spelt as the CSV spells it.
  function columnValue(step, column) {
    if (column.indexOf('issue.') === 0) {
      var rest = column.substring(6);
      for (var i = 0; i < data.issues.length; i++) {
        var prefix = data.issues[i].id + '.';
        if (rest.indexOf(prefix) !== 0) continue;
        var field = rest.substring(prefix.length);
        var at = step.issues[i];
        if (field === 'status') return at.status;
        if (field === data.parties[0].id) return number(at.first);
        if (field === data.parties[1].id) return number(at.second);
        return number(at[field]);
      }
    }
    for (var p = 0; p < 2; p++) {
      var partyPrefix = data.parties[p].id + '.';
      if (column.indexOf(partyPrefix) !== 0) continue;
      var suffix = column.substring(partyPrefix.length);
      var atParty = step.parties[p];
      if (suffix === 'acceptsDraft') return atParty.accepts === null ? '' : String(atParty.accepts);
      return number(partyValue(atParty, suffix));
    }
    return '';
  }

  function render(panel, position) {
    var steps = panel.run.steps;
    var index = Math.min(position, steps.length - 1);
    var step = steps[index];
    show(panel.date, step.date);
    show(panel.step, String(step.step));
    show(panel.state, step.state, step.state.toLowerCase().replace(/_/g, ' '));
    panel.state.style.background = data.palette.states[step.state] || '#ffffff';
    panel.state.style.color = step.state === 'SIGNED' || step.state === 'COLLAPSED' ? '#ffffff' : '#222222';
    panel.paused.setAttribute('data-value', String(step.paused));
    panel.paused.hidden = !step.paused;
    var leadName = step.lead;
    data.mediators.forEach(function (m) { if (m.id === step.lead) leadName = m.name; });
    show(panel.lead, step.lead, leadName || 'none');
    show(panel.clashes, String(step.clashes));
    show(panel.spoilers, String(step.spoilers));
    panel.cells.forEach(function (c) {
      var value = columnValue(step, c.column);
      if (c.column.slice(-13) === '.acceptsDraft') {
        show(c.node, value, value === '' ? 'no draft' : (value === 'true' ? 'accepts' : 'refuses'));
        c.node.className = value === '' ? '' : (value === 'true' ? 'accepted' : 'refused');
      } else if (c.column.slice(-7) === '.status') {
        show(c.node, value, value.toLowerCase());
      } else {
        show(c.node, value);
      }
    });
    panel.bars.forEach(function (b) {
      var value = partyValue(step.parties[b.party], 'pressure.' + b.source) || 0;
      var bar = el('span', {'class': 'bar', 'aria-hidden': 'true'});
      bar.style.width = Math.min(6, value * 4).toFixed(2) + 'em';
      bar.style.background = b.source === 'patron' ? palette.spoiler : palette.parties[b.party];
      b.node.appendChild(bar);
    });
    panel.mediatorCells.forEach(function (c) {
      var at = step.mediators[c.index];
      c.node.textContent = at ? number(at[c.field]) : '–';
    });
    panel.patronCells.forEach(function (c) {
      c.node.textContent = step.patrons.length ? number(step.patrons[c.index]) : '–';
    });
    panel.leads.forEach(function (l) {
      l.node.textContent = l.name + (l.id === step.lead ? ' (drafting)' : '');
    });
    panel.cursors.concat([panel.timelineCursor]).forEach(function (line) {
      var cx = x(index, line.chartWidth);
      line.setAttribute('x1', cx);
      line.setAttribute('x2', cx);
    });
    panel.thisStep.textContent = '';
    panel.thisStep.appendChild(el('p', {}, step.date + ':'));
    if (!step.log.length) panel.thisStep.appendChild(el('p', {'class': 'note'}, 'Nothing new this step.'));
    step.log.forEach(function (line) { panel.thisStep.appendChild(el('p', {}, line)); });
    // The log scrolls to the latest entry at or before the step, so that what led here stays in view.
    var latest = null;
    panel.logItems.forEach(function (item) {
      item.node.classList.toggle('later', item.index > index);
      if (item.index <= index) latest = item.node;
      if (item.index === index) {
        item.node.setAttribute('aria-current', 'step');
      } else {
        item.node.removeAttribute('aria-current');
      }
    });
    if (latest) panel.logList.scrollTop = latest.offsetTop - panel.logList.offsetTop - 40;
  }

  var slider = document.getElementById('slider');
  var position = document.getElementById('position');
  var play = document.getElementById('play');
  var timer = null;

  function go(index) {
    slider.value = String(index);
    update();
  }

  function update() {
    var index = Number(slider.value);
    var first = data.runs[0].steps[Math.min(index, data.runs[0].steps.length - 1)];
    position.textContent = 'step ' + first.step + ' of ' + data.runs[0].steps[data.runs[0].steps.length - 1].step
      + ' · ' + first.date;
    panels.forEach(function (panel) { render(panel, index); });
  }

  function stop() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  }

  function toggle() {
    if (timer !== null) {
      stop();
      return;
    }
    if (Number(slider.value) >= longest - 1) go(0);
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(function () {
      if (Number(slider.value) >= longest - 1) {
        stop();
      } else {
        go(Number(slider.value) + 1);
      }
    }, 300);
  }

  function fromLink() {
    var match = /step=(\d+)/.exec(location.hash);
    if (!match) return;
    slider.value = String(Math.min(longest - 1, Number(match[1])));
    slider.dispatchEvent(new Event('input'));
  }

  var main = document.getElementById('runs');
  main.style.gridTemplateColumns = 'repeat(' + data.runs.length + ', minmax(30rem, 1fr))';
  data.runs.forEach(function (run) { main.appendChild(build(run)); });
  slider.max = String(longest - 1);
  slider.addEventListener('input', update);
  play.addEventListener('click', toggle);
  document.getElementById('back').addEventListener('click', function () {
    go(Math.max(0, Number(slider.value) - 1));
  });
  document.getElementById('forward').addEventListener('click', function () {
    go(Math.min(longest - 1, Number(slider.value) + 1));
  });
  document.addEventListener('keydown', function (event) {
    var tag = event.target.tagName;
    if (tag === 'INPUT' || tag === 'BUTTON' || event.altKey || event.ctrlKey || event.metaKey) return;
    var index = Number(slider.value);
    var keys = {ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: longest - 1};
    if (event.key === ' ') {
      toggle();
    } else if (Object.prototype.hasOwnProperty.call(keys, event.key)) {
      stop();
      go(Math.max(0, Math.min(longest - 1, keys[event.key])));
    } else {
      return;
    }
    event.preventDefault();
  });
  window.addEventListener('hashchange', fromLink);
  update();
  fromLink();
}());
