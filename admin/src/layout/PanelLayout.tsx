import DarkModeIcon from "@mui/icons-material/DarkMode";
import LanguageIcon from "@mui/icons-material/Language";
import LightModeIcon from "@mui/icons-material/LightMode";
import MoreVertIcon from "@mui/icons-material/MoreVert";
import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem, type Theme, useMediaQuery } from "@mui/material";
import { type ComponentType, useState } from "react";
import { AppBar, Layout, type LayoutProps, LoadingIndicator, useLocaleState, useLocales, useTheme, useTranslate } from "react-admin";

/** Under `sm` (a phone): the list pages show phone lists, forms one column, the app bar's buttons in one menu. */
export const usePhone = () => useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));

/** The app bar's language and light/dark switches in one "more" menu, so the bar fits a 390 px phone. */
function PhoneToolbar() {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [theme, setTheme] = useTheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <LoadingIndicator />
      <IconButton color="inherit" aria-label={translate("cl.phoneMore")} onClick={(event) => setAnchor(event.currentTarget)}>
        <MoreVertIcon />
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        {locales.map((option) => (
          <MenuItem
            key={option.locale}
            selected={option.locale === locale}
            onClick={() => {
              void setLocale(option.locale);
              close();
            }}
          >
            <ListItemIcon>
              <LanguageIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{option.name}</ListItemText>
          </MenuItem>
        ))}
        <MenuItem
          onClick={() => {
            setTheme(theme === "dark" ? "light" : "dark");
            close();
          }}
        >
          <ListItemIcon>{theme === "dark" ? <LightModeIcon fontSize="small" /> : <DarkModeIcon fontSize="small" />}</ListItemIcon>
          <ListItemText>{translate(theme === "dark" ? "cl.themeLight" : "cl.themeDark")}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}

/** react-admin's app bar; on a phone its switches go into the "more" menu (the user menu stays). */
function PanelAppBar() {
  const phone = usePhone();
  return phone ? <AppBar toolbar={<PhoneToolbar />} /> : <AppBar />;
}

/**
 * The panel's layout with its menu: no page wider than the screen (a wide table scrolls inside its own box, see
 * PhoneList), the app bar's buttons reachable on a phone.
 */
export function panelLayout(menu: ComponentType) {
  return function PanelLayout(props: LayoutProps) {
    return (
      <Layout
        {...props}
        menu={menu}
        appBar={PanelAppBar}
        sx={{ "& .RaLayout-content": { minWidth: 0 }, "& .RaLayout-contentWithSidebar": { maxWidth: "100vw" } }}
      />
    );
  };
}
