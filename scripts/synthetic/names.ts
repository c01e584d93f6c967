// Name pools for synthetic tenants, by language, most common first (rank drives frequency).

export interface Pool {
  given: readonly string[];
  surnames: readonly string[];
  /** Share of the population. */
  weight: number;
}

// '_' joins the words of one surname (De_Jong).
const words = (text: string): string[] => text.trim().split(/\s+/).map((w) => w.replace(/_/g, ' '));

export const POOLS: readonly Pool[] = [
  {
    weight: 30,
    given: words(`James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen
      Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle
      Kenneth Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia
      Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha
      Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Catherine Dennis Maria Jerry Heather Tyler Diane`),
    surnames: words(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin
      Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson
      Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook
      Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza
      Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes
      Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson
      Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman
      Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson
      Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer
      Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray`),
  },
  {
    weight: 14,
    given: words(`Jürgen Günther Käthe Jörg Björn Lukas Hannah Leon Mia Felix Lena Jonas Anna Paul Laura Maximilian Lea Elias Sophie Noah Marie Ben Emilia Finn Johanna
      Matthias Sabine Andreas Petra Stefan Claudia Thomas Monika Wolfgang Ursula Klaus Renate Dieter Ingrid Uwe Brigitte Horst Gisela Helmut Karin Manfred Erika`),
    surnames: words(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann
      Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs
      Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon
      Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler
      Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Strauß Weiß-Müller Schmidt-Hansen`),
  },
  {
    weight: 10,
    given: words(`José María Juan Carmen Antonio Lucía Manuel Sofía Francisco Martina Javier Paula Miguel Elena Ángel Julia Rafael Sara Pedro Laura Alejandro Ana
      Pablo Marta Sergio Andrea Jorge Irene Luis Alba Diego Nerea Álvaro Noelia Jesús Inés Adrián Raquel Rubén Beatriz Iván Silvia Óscar Cristina Raúl Teresa`),
    surnames: words(`García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso
      Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez
      Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera
      García-López Martín-Sánchez Fernández-Ruiz Pérez-Gómez`),
  },
  {
    weight: 8,
    given: words(`Jean Marie Pierre Françoise Michel Monique Philippe Nathalie Alain Isabelle Nicolas Sylvie Christophe Catherine François Sophie Laurent Valérie
      Frédéric Sandrine Éric Stéphanie Stéphane Céline Olivier Véronique Sébastien Chloé Hélène Jérôme Amélie Thérèse Benoît Élodie Rémi Gaëlle Loïc Léa Noël`),
    surnames: words(`Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre Michel Garcia David Bertrand Roux Vincent Fournier
      Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas
      Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger`),
  },
  {
    weight: 6,
    given: words(`Giuseppe Maria Giovanni Anna Antonio Giulia Mario Francesca Luigi Chiara Francesco Sara Angelo Martina Vincenzo Giorgia Pietro Alessandra Salvatore
      Federica Carlo Silvia Franco Elena Domenico Valentina Bruno Paola Paolo Laura Michele Roberta Giorgio Simona Aldo Rita Niccolò Ludovica`),
    surnames: words(`Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi
      Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis
      D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna`),
  },
  {
    weight: 6,
    given: words(`Piotr Anna Krzysztof Maria Andrzej Katarzyna Tomasz Małgorzata Paweł Agnieszka Michał Barbara Marcin Ewa Jakub Magdalena Łukasz Joanna Mateusz
      Aleksandra Grzegorz Zofia Wojciech Monika Jan Dorota Kamil Natalia Rafał Justyna Jiří Jana Petr Eva Tomáš Lucie Dvořák Zuzana Ondřej Tereza`),
    surnames: words(`Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski
      Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel
      Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek
      Pokorný Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák`),
  },
  {
    weight: 6,
    given: words(`Lars Anna Erik Ingrid Nils Astrid Sven Karin Per Kerstin Olof Sigrid Magnus Maja Henrik Freja Anders Linnea Johan Elin Søren Mette Jens Kirsten
      Mads Sofie Rasmus Ida Bjørn Ingeborg Ole Hanne Tor Liv Åsa Göran Jörgen Sølvi`),
    surnames: words(`Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson
      Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund
      Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen
      Johansen Møller Mortensen Haugen Bakken Dahl Strøm Løvik Ødegård Ærø Ågren`),
  },
  {
    weight: 6,
    given: words(`Wei Fang Jing Lei Min Yan Jun Li Hui Ping Xiaoming Yu Hao Ying Jie Lin Hiroshi Yuki Takeshi Aiko Kenji Sakura Haruto Yui Minjun Jiwoo Seoyeon Hyun
      Duc Linh Minh Thao Anh Huong Raj Priya Amit Sunita Arjun Ananya Rahul Deepa Vikram Kavya`),
    surnames: words(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura
      Kobayashi Kato Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Sharma Patel Singh Kumar Gupta Reddy Iyer
      Nair Rao Mehta Joshi Shah Desai Chopra`),
  },
  {
    weight: 5,
    given: words(`Mohammed Fatima Ahmed Aisha Ali Mariam Omar Layla Youssef Nour Hassan Sara Ibrahim Zainab Khaled Huda Mustafa Amina Yusuf Leila Mehmet Ayşe Mustafa Fatma
      Ahmet Emine Ali Hatice Hüseyin Zeynep Hasan Elif İbrahim Meryem Murat Şule Can Özlem Emre Gül`),
    surnames: words(`Al-Sayed Haddad Khalil Hassan Mansour Nasser Saleh Farouk Aziz Karim Rahman Hussein Ibrahim Abdullah Yousef Salem Qasim Bakr Darwish Haddadin
      Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek`),
  },
  {
    weight: 4,
    given: words(`Olga Ivan Natalia Sergei Elena Dmitri Tatiana Alexei Irina Andrei Svetlana Mikhail Anastasia Nikolai Yulia Vladimir Ekaterina Pavel Oksana Yuri`),
    surnames: words(`Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov
      Stepanov Nikolaev Ivanova Smirnova Kuznetsova Popova Petrova Sokolova Volkova Kovalenko Bondarenko Shevchenko Tkachenko Kravchenko`),
  },
  {
    weight: 5,
    given: words(`Jan Anna Pieter Emma Willem Sophie Daan Julia Lars Lotte Sem Fleur Bram Sanne Thijs Eva Joost Maud Ruben Femke Sean Siobhan Niamh Ciarán Aoife
      Pádraig Róisín Eoin Saoirse Oisín Seán Caoimhe`),
    surnames: words(`De_Jong Jansen De_Vries Van_den_Berg Van_Dijk Bakker Janssen Visser Smit Meijer De_Boer Mulder De_Groot Bos Vos Peters Hendriks Van_Leeuwen
      Dekker Brouwer De_Wit Dijkstra Smits De_Graaf Van_der_Meer Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill Reilly Doyle McCarthy
      Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell`),
  },
];
