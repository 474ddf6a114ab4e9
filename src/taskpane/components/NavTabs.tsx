import {
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import * as React from "react";

export interface NavTabsProps<Id extends string> {
  readonly tabs: readonly Id[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
  readonly names: Readonly<Record<Id, string>>;
  /** The overflow menu's button ("更多"), and the tab list's accessible name. */
  readonly more: string;
  readonly label: string;
}

/**
 * The pane's pages as tabs that never widen the pane: the tabs that do not fit in a row go into a "more" menu at its
 * end (Office's own task panes do the same), the open page's tab always stays in the row. Test ids: `tab-<id>` for a
 * tab in the row, `tab-more` for the menu's button and `tab-menu-<id>` for an entry in it.
 */
export function NavTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  names,
  more,
  label,
}: NavTabsProps<Id>): React.JSX.Element {
  return (
    <Overflow minimumVisible={1}>
      <TabList
        size="small"
        aria-label={label}
        className="nav-tabs"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as Id)}
      >
        {tabs.map((id) => (
          // the open page's tab outranks the others, so it is the last to go into the menu
          <OverflowItem key={id} id={id} priority={id === selected ? 2 : 1}>
            <Tab value={id} data-testid={`tab-${id}`}>
              {names[id]}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} selected={selected} onSelect={onSelect} names={names} more={more} />
      </TabList>
    </Overflow>
  );
}

function MoreTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  names,
  more,
}: Omit<NavTabsProps<Id>, "label">): React.JSX.Element | null {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu checkedValues={{ page: [selected] }} onCheckedValueChange={(_, data) => onSelect(data.checkedItems[0] as Id)}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton ref={ref} appearance="transparent" size="small" data-testid="tab-more" className="nav-more">
          {more}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((id) => (
            <HiddenTab key={id} id={id} name={names[id]} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu entry for a tab that is not in the row (none for one that is). */
function HiddenTab({ id, name }: { id: string; name: string }): React.JSX.Element | null {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return (
    <MenuItemRadio name="page" value={id} data-testid={`tab-menu-${id}`}>
      {name}
    </MenuItemRadio>
  );
}
